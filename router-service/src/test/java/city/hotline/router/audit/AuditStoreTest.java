package city.hotline.router.audit;

import city.hotline.router.RouterOnEmbeddedKafka;
import city.hotline.router.RouterTestSupport;
import city.hotline.router.kafka.DeadLetters;
import city.hotline.router.kafka.Topics;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventType;
import city.hotline.schemas.FeedbackStage;
import city.hotline.schemas.TicketFeedback;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.support.KafkaHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** The audit store on the real topics: fed live, and rebuilt from the topics to the same rows. */
@RouterOnEmbeddedKafka
class AuditStoreTest extends RouterTestSupport {

    /** Every column of every table, in a stable order: two stores with the same rows give the same list. */
    private static final List<String> SNAPSHOT = List.of(
            "SELECT d::text FROM decision d ORDER BY event_id",
            "SELECT e::text FROM ticket_event e ORDER BY event_id",
            "SELECT s::text FROM ticket_state s ORDER BY ticket_id");

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyDecisionAndTicketEventReachesTheStoreWithPhoneNumbersMasked() {
        String marker = "审计-" + UUID.randomUUID();
        String ticketId = submit("""
                {"channel":"call","text":"小区门口有人打架 %s，我电话13800138031","callerPhone":"13800138031","dialledLine":"12345"}"""
                .formatted(marker));
        awaitRouted(ticketId);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                jdbc.sql("SELECT line || ' ' || caller_phone || ' ' || taken_by FROM decision WHERE ticket_id = ?")
                        .param(ticketId).query(String.class).list()).containsExactly("110 138****8031 supervisor"));
        assertThat(jdbc.sql("SELECT text FROM decision WHERE ticket_id = ?").param(ticketId).query(String.class).single())
                .contains(marker, "138****8031").doesNotContain("13800138031");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                jdbc.sql("SELECT state FROM ticket_state WHERE ticket_id = ?").param(ticketId).query(String.class).list())
                .containsExactly("routed"));
    }

    @Test
    void theStoreRebuiltFromTheTopicsEqualsTheLiveOne() {
        String ticketId = submit("""
                {"channel":"sms","text":"路灯坏了好几天了 %s","callerPhone":"13800138032"}""".formatted(UUID.randomUUID()));
        awaitRouted(ticketId);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                jdbc.sql("SELECT count(*) FROM ticket_state WHERE ticket_id = ?").param(ticketId).query(Long.class).single() == 1);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(this::liveFeedIsQuiet);
        List<List<String>> live = snapshot();

        assertThat(post("/api/v1/supervision/audit/rebuild", "application/json", "", Account.SUPERVISOR).statusCode()).isEqualTo(200);

        assertThat(snapshot()).isEqualTo(live);
        assertThat(live.get(0)).isNotEmpty();
    }

    @Test
    void aRecordTheStoreCannotKeepIsDeadLetteredWithItsBytesAndReasonNotSkipped() throws Exception {
        String ticketId = "audit-dlq-" + UUID.randomUUID();
        // PostgreSQL takes no NUL; a partner's feedback detail may carry one.
        byte[] refused = codec.encode(Envelope.of(EventType.TICKET_FEEDBACK, "/partner", ticketId,
                TicketFeedback.of("12345", FeedbackStage.ACCEPTED, null, "已受理\u0000"), Instant.now()));
        byte[] notAnEvent = ("{\"not\":\"an event " + ticketId + "\"}").getBytes(StandardCharsets.UTF_8);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.TICKET_FEEDBACK.topicName(), ticketId, refused)).get();
            producer.send(new ProducerRecord<>(Topics.TICKET_FEEDBACK.topicName(), ticketId, notAnEvent)).get();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(committed(Topics.AUDIT_DLQ, ticketId))
                .extracting(record -> new String(record.headers().lastHeader(DeadLetters.REASON_HEADER).value(), StandardCharsets.UTF_8),
                        record -> new String(record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC).value(), StandardCharsets.UTF_8),
                        ConsumerRecord::value)
                .containsExactlyInAnyOrder(tuple("STORE_REFUSED", "ticket.feedback", refused),
                        tuple("NOT_AN_EVENT", "ticket.feedback", notAnEvent)));
        assertThat(get("/actuator/prometheus").body())
                .containsPattern("hotline_audit_dead_letters_total\\{[^}]*reason=\"STORE_REFUSED\"[^}]*\\} [1-9]");
        // The feed went on: a later ticket still reaches the store.
        everyDecisionAndTicketEventReachesTheStoreWithPhoneNumbersMasked();
    }

    private List<String> previous = List.of();

    /** True once two looks a second apart see the same rows: the other tests' tickets have all landed. */
    private boolean liveFeedIsQuiet() {
        List<String> now = snapshot().stream().map(rows -> String.valueOf(rows.size())).toList();
        boolean quiet = now.equals(previous);
        previous = now;
        return quiet;
    }

    private List<List<String>> snapshot() {
        return SNAPSHOT.stream().map(sql -> jdbc.sql(sql).query(String.class).list()).toList();
    }
}
