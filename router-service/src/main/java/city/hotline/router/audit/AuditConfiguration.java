package city.hotline.router.audit;

import city.hotline.schemas.EventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The audit role: the supervisors' queryable store of decisions and ticket events in PostgreSQL, fed from
 * {@code routing.decisions}, {@code ticket.feedback}, {@code ticket.escalations} and {@code ticket.tracks}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "router.roles.audit", havingValue = "true", matchIfMissing = true)
class AuditConfiguration {

    @Bean
    AuditWriter auditWriter(JdbcClient jdbc, EventCodec codec) {
        return new AuditWriter(jdbc, codec);
    }

    /** Boot's listener settings, with the audit feed's own error handling: a record it cannot keep is dead-lettered. */
    @Bean
    ConcurrentKafkaListenerContainerFactory<Object, Object> auditListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
            KafkaTemplate<String, byte[]> kafka, MeterRegistry meters) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.setCommonErrorHandler(AuditDeadLetters.errorHandler(kafka, meters));
        return factory;
    }

    @Bean
    AuditIngestor auditIngestor(AuditWriter writer) {
        return new AuditIngestor(writer);
    }

    @Bean
    AuditRebuild auditRebuild(JdbcClient jdbc, AuditWriter writer, KafkaProperties kafka) {
        return new AuditRebuild(jdbc, writer, kafka);
    }
}
