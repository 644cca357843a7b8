package city.hotline.router.loop;

import city.hotline.router.RouterOnEmbeddedKafka;
import city.hotline.router.RouterTestSupport;
import city.hotline.router.kafka.Topics;
import city.hotline.schemas.Channel;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.Escalation;
import city.hotline.schemas.EscalationAction;
import city.hotline.schemas.EventType;
import city.hotline.schemas.RoutedTicket;
import city.hotline.schemas.RoutingDecision;
import city.hotline.schemas.TelephonyAction;
import city.hotline.schemas.TelephonyCommand;
import city.hotline.schemas.TicketReceived;
import city.hotline.schemas.TicketTrack;
import city.hotline.schemas.TransferOutcome;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The closed loop on a real broker, through the public doors: intake, the partners' exchange API, the ticket
 * view, and a restart of the tracker.
 */
@RouterOnEmbeddedKafka
class LoopEndToEndTest extends RouterTestSupport {

    private static final Pattern STATE = Pattern.compile("\"loop\":\\{\"state\":\"([a-z]+)\"");

    @Autowired
    @Qualifier("&loopStreams")
    StreamsBuilderFactoryBean loopStreams;

    @Test
    void aCallTo12345AboutAFightGoesTo110ByThreeWayCallAndIsClosedThroughTheExchangeWith12345Told() {
        String ticketId = submit("""
                {"channel":"call","text":"楼下有人打架，有人拿刀了","callerPhone":"13800138021","dialledLine":"12345","externalId":"%s"}"""
                .formatted("CTI-" + UUID.randomUUID()));
        awaitRouted(ticketId);

        List<ConsumerRecord<String, byte[]>> commands = committed(Topics.TELEPHONY_COMMANDS, ticketId);
        assertThat(commands).hasSize(1);
        TelephonyCommand command = codec.<TelephonyCommand>decode(commands.get(0).value(), EventType.TELEPHONY_COMMAND).data();
        assertThat(command.action()).isEqualTo(TelephonyAction.THREE_WAY_CALL);
        assertThat(command.fromLine()).isEqualTo("12345");
        assertThat(command.toLine()).isEqualTo("110");
        assertThat(command.summary()).contains("打架");
        assertThat(command.callId()).startsWith("CTI-");

        awaitState(ticketId, "routed");
        String key = UUID.randomUUID().toString();
        assertThat(postFeedback("110", key, ticketId, "received").statusCode()).isEqualTo(202);
        assertThat(postFeedback("110", key, ticketId, "received").body()).contains("\"alreadyApplied\"");
        postFeedback("110", UUID.randomUUID().toString(), ticketId, "accepted");
        postFeedback("110", UUID.randomUUID().toString(), ticketId, "handled");
        postFeedback("110", UUID.randomUUID().toString(), ticketId, "closed");
        String view = awaitState(ticketId, "closed");

        assertThat(view).contains("\"kind\":\"telephony\"", "\"kind\":\"outcome\"").doesNotContain("13800138021");
        assertThat(view.split("\"stage\":\"received\"", -1)).as("received applied once").hasSize(2);
        List<TransferOutcome> outcomes = committed(Topics.EXCHANGE_12345, ticketId).stream()
                .<Envelope<?>>map(record -> codec.decode(record.value()))
                .filter(event -> event.data() instanceof TransferOutcome).map(event -> (TransferOutcome) event.data()).toList();
        assertThat(outcomes).extracting(o -> o.stage().wireName()).containsExactly("accepted", "handled", "closed");
    }

    @Test
    void aCallTo110AboutNightBuildingWorkIsHandedTo12345WithTheItemsDeadlinesAnd110GetsTheOutcome() {
        String ticketId = submit("""
                {"channel":"call","text":"都十一点了对面工地还在夜间施工，电锯声吵得睡不着","callerPhone":"13800138024","dialledLine":"110"}""");
        String routed = awaitRouted(ticketId);
        assertThat(routed).contains("\"line\":\"12345\"", "\"item\":\"TI001\"", "\"timeLimits\":{\"accept\":\"2h\"");
        assertThat(codec.<TelephonyCommand>decode(committed(Topics.TELEPHONY_COMMANDS, ticketId).get(0).value(),
                EventType.TELEPHONY_COMMAND).data().action()).isEqualTo(TelephonyAction.ONE_KEY_TRANSFER);

        String view = awaitState(ticketId, "routed");
        assertThat(view).contains("\"kind\":\"accept\"", "\"status\":\"pending\"");
        for (String stage : List.of("received", "accepted", "progress", "handled", "closed")) {
            assertThat(postFeedback("12345", UUID.randomUUID().toString(), ticketId, stage).statusCode()).isEqualTo(202);
        }
        view = awaitState(ticketId, "closed");

        assertThat(view).doesNotContain("\"status\":\"pending\"", "\"status\":\"overdue\"");
        assertThat(committed(Topics.EXCHANGE_110, ticketId)).extracting(record -> codec.decode(record.value()).type())
                .containsOnly(EventType.TRANSFER_OUTCOME.type()).hasSize(3);
    }

    @Test
    void feedbackThatIsNotTheJsonTheApiTakesIsAProblemNamingTheField() {
        HttpResponse<String> unknownStage = postFeedback("12345", UUID.randomUUID().toString(), "any-ticket", "done");
        assertThat(unknownStage.statusCode()).isEqualTo(400);
        assertThat(unknownStage.body()).contains("\"type\":\"https://city-hotline.example/problems/unreadable-body\"",
                "\"field\":\"/stage\"", "done").doesNotContain("Failed to read request");

        HttpResponse<String> notJson = send(request("/api/v1/exchange/12345/feedback", Account.WORK_ORDERS_12345)
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{\"ticketId\": ")).build());
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(notJson.body()).contains("unreadable-body").doesNotContain("Failed to read request");
    }

    @Test
    void aRejectedTicketIsReRoutedOnceAndASecondRejectionGoesToASupervisor() {
        String ticketId = submit("""
                {"channel":"sms","text":"对面工地半夜还在施工，吵得睡不着","callerPhone":"13800138022","dialledLine":"12345"}""");
        awaitRouted(ticketId);
        awaitState(ticketId, "routed");

        assertThat(postFeedback("12345", UUID.randomUUID().toString(), ticketId, "rejected", "NOT_OURS").statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(get("/api/v1/tickets/" + ticketId).body()).contains("\"hops\":2", "\"line\":\"110\""));
        assertThat(committed(Topics.ROUTE_110, ticketId)).hasSize(1);

        assertThat(postFeedback("110", UUID.randomUUID().toString(), ticketId, "rejected", "NOT_OURS").statusCode()).isEqualTo(202);
        awaitState(ticketId, "disputed");
        assertThat(get("/api/v1/tickets/" + ticketId).body()).as("12345 received it first").contains("\"line\":\"12345\",\"firstReceiver\"");
        HttpResponse<String> third = postFeedback("12345", UUID.randomUUID().toString(), ticketId, "rejected", "NOT_OURS");

        assertThat(third.statusCode()).isEqualTo(409);
        assertThat(third.body()).contains(FeedbackPolicy.FIRST_RECEIVER_RESPONSIBLE);
        assertThat(committed(Topics.ROUTE_12345, ticketId)).hasSize(1); // the router's; no third hop
        assertThat(escalations(ticketId)).extracting(Escalation::action).containsExactly(EscalationAction.REVIEW);
    }

    @Test
    void theExchangeApiAnswersClearlyAndItsOutboxPagesWithPhoneNumbersMasked() {
        String ticketId = submit("""
                {"channel":"sms","text":"小区门口有人占道摆摊，我电话13800138023","callerPhone":"13800138023","dialledLine":"12345"}""");
        awaitRouted(ticketId);
        awaitState(ticketId, "routed");

        assertThat(postFeedback("12345", null, ticketId, "accepted").statusCode()).isEqualTo(400);
        assertThat(postFeedback("12345", "k1", "no-such-ticket", "accepted").statusCode()).isEqualTo(404);
        assertThat(postFeedback("119", "k1", ticketId, "accepted").statusCode()).isEqualTo(404);
        assertThat(postFeedback("12345", "k2", ticketId, "rejected").statusCode()).as("rejected needs a reason").isEqualTo(400);
        assertThat(postFeedback("110", "k3", ticketId, "accepted").statusCode()).as("not 110's ticket").isEqualTo(409);

        String cursor = "";
        String page = "";
        for (int pages = 0; pages < 100 && !page.contains(ticketId); pages++) {
            page = get("/api/v1/exchange/12345/outbox?limit=5&cursor=" + cursor, Account.WORK_ORDERS_12345).body();
            cursor = page.replaceAll("(?s).*\"nextCursor\":\"([^\"]*)\".*", "$1");
        }
        assertThat(page).contains(ticketId, EventType.WORK_ORDER.type(), "138****8023").doesNotContain("13800138023");
        assertThat(get("/api/v1/exchange/12345/outbox?cursor=garbage!", Account.WORK_ORDERS_12345).statusCode()).isEqualTo(400);
    }

    @Test
    void theTrackerResumesItsTimersFromItsStateAfterARestart() throws Exception {
        String ticketId = "restart-" + UUID.randomUUID();
        Instant routedAt = Instant.now().minus(Duration.ofMinutes(15)).plusSeconds(8); // receive limit 15m: due in 8 s
        TicketReceived ticket = new TicketReceived(Channel.SMS, "路灯坏了好几天了", null, null, "12345", null, List.of(), null, routedAt);
        RoutingDecision decision = new RoutingDecision("12345", null, null, "URBAN_MGMT", null, null, List.of(),
                List.of("test"), List.of(), false, 0.9, "test", 1, null);
        produce(Topics.ROUTE_12345, ticketId, codec.encode(Envelope.of(EventType.TICKET_ROUTED, "/hotline/router", ticketId,
                new RoutedTicket(ticket, decision), routedAt)));
        await().atMost(Duration.ofSeconds(20)).until(() -> !committed(Topics.TICKET_TRACKS, ticketId).isEmpty());

        loopStreams.stop();
        try {
            Thread.sleep(Duration.between(Instant.now(), routedAt.plus(Duration.ofMinutes(15))).plusSeconds(1).toMillis());
            assertThat(escalations(ticketId)).as("nothing fires while the tracker is down").isEmpty();
        } finally {
            loopStreams.start();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(escalations(ticketId))
                .extracting(e -> e.reason() + " " + e.overdueStage()).containsExactly("OVERDUE_RECEIVE RECEIVE"));
        TicketTrack track = codec.<TicketTrack>decode(committed(Topics.TICKET_TRACKS, ticketId).stream()
                .reduce((first, second) -> second).orElseThrow().value(), EventType.TICKET_TRACKED).data();
        assertThat(track.deadlines().get(0).status().name()).isEqualTo("OVERDUE");
    }

    private List<Escalation> escalations(String ticketId) {
        return committed(Topics.TICKET_ESCALATIONS, ticketId).stream()
                .map(record -> codec.<Escalation>decode(record.value(), EventType.TICKET_ESCALATED).data()).toList();
    }

    private String awaitState(String ticketId, String state) {
        String[] body = new String[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            body[0] = get("/api/v1/tickets/" + ticketId).body();
            Matcher m = STATE.matcher(body[0]);
            assertThat(m.find() ? m.group(1) : body[0]).isEqualTo(state);
        });
        return body[0];
    }

    private HttpResponse<String> postFeedback(String line, String key, String ticketId, String stage) {
        return postFeedback(line, key, ticketId, stage, null);
    }

    private HttpResponse<String> postFeedback(String line, String key, String ticketId, String stage, String reason) {
        HttpRequest.Builder request = request("/api/v1/exchange/" + line + "/feedback",
                "110".equals(line) ? Account.CAD_110 : Account.WORK_ORDERS_12345)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"ticketId":"%s","stage":"%s"%s}""".formatted(ticketId, stage,
                        reason == null ? "" : ",\"reason\":\"" + reason + "\"")));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request.build());
    }

    private void produce(Topics topic, String key, byte[] value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic.topicName(), key, value)).get();
        }
    }
}
