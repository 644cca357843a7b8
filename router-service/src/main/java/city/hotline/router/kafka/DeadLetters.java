package city.hotline.router.kafka;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Sends a record that cannot be processed (an intake record that cannot be routed, feedback that is not a
 * valid event) to its application's dead-letter topic, inside the same transaction as
 * the consumed offset, so it is neither lost nor retried forever. The value is the original bytes; the
 * headers use spring-kafka's dead-letter names and encodings (so its tooling can read and replay them)
 * plus a machine-readable reason code.
 */
public class DeadLetters {

    /** The sink node the processors forward dead letters to. */
    public static final String SINK = "dead-letters";
    public static final String REASON_HEADER = "hotline_dlt-reason";
    /** The record key is not the event's subject (the ticket id). */
    public static final String KEY_MISMATCH = "KEY_MISMATCH";

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final Consumer<String> countReason;

    /** @param countReason counts each dead letter by its reason code (a metric) */
    public DeadLetters(Consumer<String> countReason) {
        this.countReason = countReason;
    }

    public void send(ProcessorContext<String, Object> context, Record<String, ?> record, byte[] original,
              String reason, String message) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(REASON_HEADER, utf8(reason));
        headers.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, utf8(message));
        headers.add(KafkaHeaders.DLT_ORIGINAL_TIMESTAMP, ByteBuffer.allocate(Long.BYTES).putLong(record.timestamp()).array());
        context.recordMetadata().ifPresent(source -> addSource(headers, source));
        context.forward(new Record<String, Object>(record.key(), original, record.timestamp(), headers), SINK);
        countReason.accept(reason);
        log.warn("Dead-lettered record {} ({}): {}",
                context.recordMetadata().map(DeadLetters::describe).orElse("?"), reason, message);
    }

    /**
     * Dead-letters a record whose key is not its event's subject: the key decides the partition, and so the
     * order of one ticket's events and which task holds its state.
     *
     * @return true when the record was dead-lettered
     */
    public boolean keyIsNotSubject(ProcessorContext<String, Object> context, Record<String, ?> record, byte[] original,
                                   String subject) {
        if (subject.equals(record.key())) {
            return false;
        }
        send(context, record, original, KEY_MISMATCH,
                "record key " + record.key() + " is not the event subject (ticket id) " + subject);
        return true;
    }

    private static void addSource(RecordHeaders headers, RecordMetadata source) {
        headers.add(KafkaHeaders.DLT_ORIGINAL_TOPIC, utf8(source.topic()));
        headers.add(KafkaHeaders.DLT_ORIGINAL_PARTITION, ByteBuffer.allocate(Integer.BYTES).putInt(source.partition()).array());
        headers.add(KafkaHeaders.DLT_ORIGINAL_OFFSET, ByteBuffer.allocate(Long.BYTES).putLong(source.offset()).array());
    }

    private static String describe(RecordMetadata source) {
        return source.topic() + "-" + source.partition() + "@" + source.offset();
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
