package city.hotline.router;

import city.hotline.router.kafka.Topics;
import city.hotline.router.kafka.DeadLetters;
import city.hotline.schemas.Channel;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventType;
import city.hotline.schemas.TicketReceived;
import city.hotline.schemas.TicketSubmission;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Adapters publishing straight to an intake topic are held to the same schemas; what fails is dead-lettered. */
@RouterOnEmbeddedKafka
class DeadLetterTest extends RouterTestSupport {

    @Test
    void malformedInvalidAndOversizeRecordsAreDeadLetteredWithTheirReasonAndTheNextTicketStillRoutes() throws Exception {
        String malformedKey = "bad-json-" + UUID.randomUUID();
        byte[] malformed = "{\"specversion\":\"1.0\",".getBytes(StandardCharsets.UTF_8);
        String invalidKey = "bad-schema-" + UUID.randomUUID();
        byte[] invalid = new String(validEvent(invalidKey), StandardCharsets.UTF_8)
                .replace("\"channel\":\"wechat\"", "\"channel\":\"pager\"").getBytes(StandardCharsets.UTF_8);
        String oversizeKey = "oversize-" + UUID.randomUUID();
        byte[] oversize = new byte[64 * 1024];
        String mismatchKey = "mismatch-" + UUID.randomUUID();
        byte[] mismatch = validEvent("another-ticket-" + UUID.randomUUID());
        String goodKey = "good-" + UUID.randomUUID();

        try (var producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.INTAKE_TICKETS.topicName(), 0, malformedKey, malformed));
            producer.send(new ProducerRecord<>(Topics.INTAKE_TICKETS.topicName(), 0, invalidKey, invalid));
            producer.send(new ProducerRecord<>(Topics.INTAKE_TICKETS.topicName(), 0, oversizeKey, oversize));
            producer.send(new ProducerRecord<>(Topics.INTAKE_TICKETS.topicName(), 0, mismatchKey, mismatch));
            producer.send(new ProducerRecord<>(Topics.INTAKE_TICKETS.topicName(), 0, goodKey, validEvent(goodKey))).get();
        }

        awaitRouted(goodKey);
        assertDeadLettered(malformedKey, malformed, "MALFORMED_JSON");
        assertDeadLettered(invalidKey, invalid, "SCHEMA_VIOLATION");
        assertDeadLettered(oversizeKey, oversize, "OVERSIZE");
        assertDeadLettered(mismatchKey, mismatch, "KEY_MISMATCH");
        assertThat(committed(Topics.ROUTING_DECISIONS, goodKey)).hasSize(1);
    }

    @Test
    void aTicketTheClassifierKeepsFailingOnIsDeadLetteredAfterItsAttemptsAndTheNextStillRoutes() throws Exception {
        String marker = "永远失败-" + UUID.randomUUID();
        classifier.failTimes(marker, Integer.MAX_VALUE);
        String failingKey = "failing-" + UUID.randomUUID();
        byte[] failing = validEvent(failingKey, "路灯坏了 " + marker);
        String goodKey = "after-failing-" + UUID.randomUUID();

        try (var producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.INTAKE_TICKETS.topicName(), 1, failingKey, failing));
            producer.send(new ProducerRecord<>(Topics.INTAKE_TICKETS.topicName(), 1, goodKey, validEvent(goodKey))).get();
        }

        awaitRouted(goodKey);
        assertDeadLettered(failingKey, failing, "CLASSIFIER_FAILED");
        assertThat(committed(Topics.ROUTING_DECISIONS, failingKey)).isEmpty();
    }

    private void assertDeadLettered(String key, byte[] original, String reason) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> dead = committed(Topics.INTAKE_DLQ, key);
            assertThat(dead).hasSize(1);
            ConsumerRecord<String, byte[]> letter = dead.get(0);
            assertThat(letter.value()).isEqualTo(original);
            assertThat(header(letter, DeadLetters.REASON_HEADER)).isEqualTo(reason);
            assertThat(header(letter, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isNotBlank();
            assertThat(header(letter, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.INTAKE_TICKETS.topicName());
            assertThat(ByteBuffer.wrap(letter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value()).getLong())
                    .isGreaterThanOrEqualTo(0);
        });
    }

    private byte[] validEvent(String ticketId) {
        return validEvent(ticketId, "小区门口的路灯坏了一个星期了");
    }

    private byte[] validEvent(String ticketId, String text) {
        TicketSubmission submission = new TicketSubmission(Channel.WECHAT, text, null, null,
                null, null, null);
        return codec.encode(Envelope.of(EventType.TICKET_RECEIVED, "/test/adapter", ticketId,
                TicketReceived.from(submission, null, Instant.now()), Instant.now()));
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1024 * 1024), new StringSerializer(), new ByteArraySerializer());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
