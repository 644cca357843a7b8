package city.hotline.router.movecar;

import city.hotline.router.RouterTestSupport;
import city.hotline.router.kafka.Topics;
import city.hotline.router.movecar.registry.VehicleRegistry;
import city.hotline.router.movecar.smsc.InProcessSmsc;
import city.hotline.schemas.ChannelReply;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventType;
import city.hotline.schemas.Escalation;
import city.hotline.schemas.FeedbackStage;
import city.hotline.schemas.TicketFeedback;
import city.hotline.schemas.VehicleRegistration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Move-car scenarios on the shared application: each test registers its own vehicles (fresh plates and owner
 * numbers) and uses fresh caller numbers, so tests never see each other's SMS, dedup marks or throttle counts.
 */
abstract class MoveCarTestSupport extends RouterTestSupport {

    static final Duration PATIENCE = Duration.ofSeconds(45);

    @Autowired
    protected InProcessSmsc smsc;
    @Autowired
    protected VehicleRegistry registry;

    /** A plate no other test uses: province and city letter chosen by the test, five random digits. */
    static String freshPlate(String provinceAndLetter) {
        return provinceAndLetter + "%05d".formatted(ThreadLocalRandom.current().nextInt(100_000));
    }

    static String freshCaller() {
        return "139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static String freshOwner() {
        return "1700088" + "%04d".formatted(ThreadLocalRandom.current().nextInt(10_000));
    }

    /** Registers a vehicle on the registry topic and waits until the move-car service's local copy has it. */
    VehicleRegistration register(String plate, String colour) {
        VehicleRegistration vehicle = new VehicleRegistration(plate, colour, freshOwner());
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.VEHICLE_REGISTRY.topicName(), plate, codec.encode(
                    Envelope.of(EventType.VEHICLE_REGISTERED, "/test/registry", "VEHTEST", vehicle, Instant.now()))));
        }
        await().atMost(PATIENCE).ignoreExceptions().until(() -> registry.find(plate).isPresent());
        return vehicle;
    }

    /** Submits a self-service move-car SMS ({@code 移车:车牌号#车牌颜色#停放地点}) and returns the ticket id. */
    String reportBySms(String plate, String colour, String place, String caller) {
        return submit("""
                {"channel":"sms","text":"移车:%s#%s#%s","callerPhone":"%s"}""".formatted(plate, colour, place, caller));
    }

    List<Envelope<TicketFeedback>> feedback(String ticketId) {
        return decoded(Topics.TICKET_FEEDBACK, ticketId, EventType.TICKET_FEEDBACK);
    }

    List<Envelope<Escalation>> escalations(String ticketId) {
        return decoded(Topics.TICKET_ESCALATIONS, ticketId, EventType.TICKET_ESCALATED);
    }

    List<Envelope<ChannelReply>> replies(String ticketId) {
        return decoded(Topics.CHANNEL_REPLIES, ticketId, EventType.CHANNEL_REPLY);
    }

    /** Waits for the ticket's feedback to reach a stage, and returns all its feedback so far. */
    List<Envelope<TicketFeedback>> awaitStage(String ticketId, FeedbackStage stage) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(feedback(ticketId)).extracting(event -> event.data().stage()).contains(stage));
        return feedback(ticketId);
    }

    /** As the account {@code submit} takes tickets with: an agent may not act on a ticket another account took. */
    HttpResponse<String> postJson(String path, String json) {
        return post(path, "application/json", json, Account.SUPERVISOR);
    }

    private <T> List<Envelope<T>> decoded(Topics topic, String ticketId, EventType type) {
        return committed(topic, ticketId).stream()
                .map(ConsumerRecord::value)
                .map(bytes -> codec.<T>decode(bytes, type))
                .toList();
    }
}
