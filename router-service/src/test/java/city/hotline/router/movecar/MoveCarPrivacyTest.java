package city.hotline.router.movecar;

import city.hotline.router.RouterOnEmbeddedKafka;
import city.hotline.router.kafka.Topics;
import city.hotline.router.movecar.smsc.ReceivedSms;
import city.hotline.schemas.FeedbackStage;
import city.hotline.schemas.VehicleRegistration;
import city.hotline.router.privacy.UnmaskedMobile;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner's number is used in one place only, the SMPP submit; the caller's number in none of the move-car
 * service's output. Everything else (events, Streams' internal topics, logs, the API) is scanned for both.
 */
@RouterOnEmbeddedKafka
@ExtendWith(OutputCaptureExtension.class)
class MoveCarPrivacyTest extends MoveCarTestSupport {

    /**
     * Where numbers are in clear by design (docs/decisions/0005, 0008): the source of truth, the hand-over to the
     * lines and partner platforms, and the loop tracker's store, which re-routes whole tickets.
     */
    private static final Set<String> CLEAR_BY_DESIGN = Set.of(Topics.INTAKE_CALLS.topicName(),
            Topics.INTAKE_TICKETS.topicName(), Topics.INTAKE_DLQ.topicName(), Topics.ROUTE_110.topicName(),
            Topics.ROUTE_12345.topicName(), Topics.ROUTE_114.topicName(), Topics.VEHICLE_REGISTRY.topicName(),
            Topics.EXCHANGE_110.topicName(), Topics.EXCHANGE_12345.topicName(), Topics.LOOP_DLQ.topicName(),
            "hotline-loop-loop-tickets-changelog");
    private static final Pattern MOBILE = UnmaskedMobile.PATTERN;
    /** Event and ticket ids: a UUID's last group can be eleven digits in a row and look like a mobile number. */
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void theOwnersNumberAppearsOnlyInTheSmsSubmitAndTheCallersNowhereAfterRouting(CapturedOutput output) throws Exception {
        VehicleRegistration car = register(freshPlate("闽D"), "蓝");
        String caller = freshCaller();
        String ticketId = reportBySms(car.plate(), "蓝", "湖滨南路口，我电话" + caller, caller);
        awaitStage(ticketId, FeedbackStage.DELIVERED);
        String moved = postJson("/api/v1/tickets/" + ticketId + "/moved", "{\"confirmedBy\":\"caller\"}").body();
        awaitStage(ticketId, FeedbackStage.CLOSED);
        String view = get("/api/v1/tickets/" + ticketId).body();

        List<ReceivedSms> sms = smsc.receivedBy(car.ownerPhone());
        assertThat(sms).singleElement().satisfies(text -> assertThat(text.text()).doesNotContain(caller));

        for (String topic : topicsToScan()) {
            for (ConsumerRecord<String, byte[]> record : readToEnd(topic, "read_uncommitted", any -> true)) {
                String value = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
                String key = record.key() == null ? "" : record.key();
                assertThat(UUID_TEXT.matcher(key + value).replaceAll("<uuid>")).as("a record on %s", topic)
                        .doesNotContain(car.ownerPhone(), caller)
                        .doesNotContainPattern(MOBILE);
            }
        }
        assertThat(Stream.of(view, moved, output.getAll())).allSatisfy(text ->
                assertThat(text).doesNotContain(car.ownerPhone(), caller));
        assertThat(output.getAll()).contains(car.plate(), "170****" + car.ownerPhone().substring(7));
    }

    /** Every topic but Kafka's own and those in clear by design: events and Streams' repartitions and changelogs. */
    private List<String> topicsToScan() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<String> topics = admin.listTopics().names().get().stream()
                    .filter(topic -> !topic.startsWith("__") && !CLEAR_BY_DESIGN.contains(topic))
                    .sorted().toList();
            assertThat(topics).contains(Topics.TICKET_FEEDBACK.topicName(), Topics.MOVECAR_SMS_REQUESTS.topicName(),
                    "hotline-movecar-movecar-by-caller-repartition", "hotline-movecar-movecar-cases-changelog");
            return topics;
        }
    }
}
