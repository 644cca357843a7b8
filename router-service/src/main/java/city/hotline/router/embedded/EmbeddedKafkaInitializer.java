package city.hotline.router.embedded;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Starts the embedded broker before any Kafka client bean exists, when no external bootstrap servers are
 * configured, and points {@code spring.kafka.bootstrap-servers} at it.
 *
 * <p>It is an initializer rather than a bean because Spring Boot binds the Kafka properties while it creates
 * the first client bean; the broker is registered as a disposable singleton first, so it is destroyed last,
 * after the Streams applications and producers that use it have closed.
 */
public final class EmbeddedKafkaInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Where Spring Boot's Kafka clients find the cluster; set, it names an external one. */
    public static final String BOOTSTRAP_PROPERTY = "spring.kafka.bootstrap-servers";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        EmbeddedKafkaProperties properties = Binder.get(environment)
                .bindOrCreate(EmbeddedKafkaProperties.PREFIX, EmbeddedKafkaProperties.class);
        if (!properties.enabled() || environment.containsProperty(BOOTSTRAP_PROPERTY)) {
            return;
        }
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(properties.dataDir(), properties.port()).start();
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedKafka",
                Map.of(BOOTSTRAP_PROPERTY, broker.bootstrapServers())));
        context.getBeanFactory().registerSingleton("embeddedKafkaBroker", broker);
        ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                .registerDisposableBean("embeddedKafkaBroker", broker::close);
    }
}
