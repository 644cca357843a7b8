package city.hotline.router.audit;

import city.hotline.schemas.EventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit role: the supervisors' queryable store of decisions and ticket events in PostgreSQL, fed from
 * {@code routing.decisions}, {@code ticket.feedback}, {@code ticket.escalations} and {@code ticket.tracks}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "router.roles.audit", havingValue = "true", matchIfMissing = true)
class AuditConfiguration {

    @Bean
    AuditWriter auditWriter(JdbcClient jdbc, EventCodec codec, MeterRegistry meters) {
        return new AuditWriter(jdbc, codec, meters);
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
