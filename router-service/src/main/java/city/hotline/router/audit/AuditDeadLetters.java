package city.hotline.router.audit;

import city.hotline.router.kafka.DeadLetters;
import city.hotline.router.kafka.Topics;
import city.hotline.router.privacy.PhoneMasker;
import city.hotline.schemas.InvalidEventException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What the audit feed does with a record the store cannot keep: never skip it. A record that is not a valid
 * event goes at once, one the database refuses (PostgreSQL takes no NUL, a column too narrow) after a few
 * tries, to {@code audit.dlq} with its original bytes, spring-kafka's dead-letter headers (source topic,
 * partition, offset, exception) and the reason code in {@code hotline_dlt-reason}; each is counted in
 * {@code hotline_audit_dead_letters_total} by reason and logged. Only then does the feed move on, so the
 * store stays live for every other record and nothing is lost: the dead letter can be read, mended and
 * replayed onto its topic (docs/operations.md).
 */
final class AuditDeadLetters {

    static final String NOT_AN_EVENT = "NOT_AN_EVENT";
    static final String STORE_REFUSED = "STORE_REFUSED";
    /** A database that is down for longer is not this record's fault: retried while the listener backs off. */
    private static final Duration RETRY_INTERVAL = Duration.ofSeconds(1);
    private static final long RETRIES = 3;

    private static final Logger log = LoggerFactory.getLogger(AuditDeadLetters.class);

    private AuditDeadLetters() {
    }

    static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> kafka, MeterRegistry meters) {
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(Topics.AUDIT_DLQ.topicName(), -1));
        publisher.setHeadersFunction((record, failure) -> new RecordHeaders()
                .add(DeadLetters.REASON_HEADER, reasonOf(failure).getBytes(StandardCharsets.UTF_8)));
        ConsumerRecordRecoverer recoverer = (record, failure) -> {
            String reason = reasonOf(failure);
            publisher.accept(record, failure);
            Counter.builder("hotline.audit.dead.letters").tag("reason", reason)
                    .description("records of the audited topics the audit store could not keep, sent to audit.dlq")
                    .register(meters).increment();
            log.warn("Audit store could not keep {} ({}): {}; kept on {}", describe(record), reason,
                    PhoneMasker.maskText(String.valueOf(rootOf(failure).getMessage())), Topics.AUDIT_DLQ.topicName());
        };
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(RETRY_INTERVAL.toMillis(), RETRIES));
        handler.addNotRetryableExceptions(InvalidEventException.class);
        return handler;
    }

    static String reasonOf(Exception failure) {
        return rootOf(failure) instanceof InvalidEventException ? NOT_AN_EVENT : STORE_REFUSED;
    }

    /** The listener's own exception, under the container's wrapper. */
    private static Throwable rootOf(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof InvalidEventException)) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String describe(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
