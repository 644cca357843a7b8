package city.hotline.router.routing;

import city.hotline.router.kafka.StreamsApplicationFactory;
import city.hotline.rules.ClassificationRequest;
import city.hotline.rules.Classifier;
import city.hotline.schemas.EventCodec;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

import java.time.Clock;

/** The router role: validate, classify and route every intake event exactly once. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "router.roles.routing", havingValue = "true", matchIfMissing = true)
class RoutingConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TicketClassifier ticketClassifier() {
        Classifier classifier = Classifier.fromClasspath();
        // The first classification in a JVM takes ~200 ms (Drools' lazy compilation); pay it at start-up,
        // not on the first caller's ticket.
        classifier.classify(new ClassificationRequest("call", "有人在路口打架", null));
        return new DroolsTicketClassifier(classifier);
    }

    @Bean
    StreamsBuilderFactoryBean routerStreams(StreamsApplicationFactory factory, RoutingProperties properties,
                                            EventCodec codec, TicketClassifier classifier, RoutingMetrics metrics,
                                            Clock clock) {
        return factory.create(properties.applicationId(),
                new RoutingTopology(codec, classifier, metrics, properties, clock));
    }
}
