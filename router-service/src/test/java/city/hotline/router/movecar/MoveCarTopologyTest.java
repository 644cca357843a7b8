package city.hotline.router.movecar;

import city.hotline.router.kafka.Topics;
import city.hotline.router.movecar.sms.SmsProperties;
import city.hotline.schemas.Channel;
import city.hotline.schemas.ChannelReply;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EscalationAction;
import city.hotline.schemas.Escalation;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.EventType;
import city.hotline.schemas.FeedbackStage;
import city.hotline.schemas.Location;
import city.hotline.schemas.MoveCarRequest;
import city.hotline.schemas.MoveCarUpdate;
import city.hotline.schemas.RoutedTicket;
import city.hotline.schemas.RoutingDecision;
import city.hotline.schemas.SmsReceipt;
import city.hotline.schemas.SmsRequest;
import city.hotline.schemas.TicketFeedback;
import city.hotline.schemas.TicketReceived;
import city.hotline.schemas.VehicleRegistration;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The move-car topology's rules, on Kafka Streams' test driver: windows on event time, timeouts on a wall
 * clock the test moves. The same rules run end to end on a real broker in {@code MoveCarEndToEndTest}.
 */
class MoveCarTopologyTest {

    private static final Instant START = Instant.parse("2026-03-14T00:00:00Z");
    private static final String CALLER = "13800138001";
    private static final VehicleRegistration BLUE = new VehicleRegistration("闽D12345", "蓝", "17000999001");
    private static final VehicleRegistration GREEN = new VehicleRegistration("粤BD12345", "绿", "17000999003");

    @TempDir
    Path stateDir;

    private final EventCodec codec = new EventCodec(32 * 1024);
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> routed;
    private TestInputTopic<String, byte[]> registry;
    private TestInputTopic<String, byte[]> updates;
    private TestInputTopic<String, byte[]> receipts;
    private TestOutputTopic<String, byte[]> feedback;
    private TestOutputTopic<String, byte[]> escalations;
    private TestOutputTopic<String, byte[]> replies;
    private TestOutputTopic<String, byte[]> requests;

    @BeforeEach
    void startDriver() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of("router.movecar.follow-up.receipt-timeout", "2m",
                "router.movecar.throttle.caller-key-secret", "movecar-topology-test-caller-key-secret")));
        MoveCarProperties properties = binder.bindOrCreate("router.movecar", MoveCarProperties.class);
        SmsProperties sms = binder.bindOrCreate("router.movecar.sms", SmsProperties.class);
        StreamsBuilder builder = new StreamsBuilder();
        new MoveCarTopology(codec, properties, sms, new MoveCarMetrics(new SimpleMeterRegistry()), Clock.systemUTC())
                .configureBuilder(builder);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "movecar-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), config, START);

        routed = input(Topics.ROUTE_114);
        registry = input(Topics.VEHICLE_REGISTRY);
        updates = input(Topics.MOVECAR_UPDATES);
        receipts = input(Topics.MOVECAR_SMS_RECEIPTS);
        feedback = output(Topics.TICKET_FEEDBACK);
        escalations = output(Topics.TICKET_ESCALATIONS);
        replies = output(Topics.CHANNEL_REPLIES);
        requests = output(Topics.MOVECAR_SMS_REQUESTS);
        register(BLUE);
        register(GREEN);
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void reportsOfOneCallerArrivingOutOfTimeOrderAreStillCountedTogether() {
        register(new VehicleRegistration("闽D10001", "蓝", "17000000101"));
        register(new VehicleRegistration("闽D10002", "蓝", "17000000102"));
        register(new VehicleRegistration("闽D10003", "蓝", "17000000103"));
        report("T1", "闽D10001", null, null, CALLER, START.plusSeconds(300));
        report("T2", "闽D10002", null, null, CALLER, START.plusSeconds(200));
        report("T3", "闽D10003", null, null, CALLER, START.plusSeconds(100));
        report("T4", "闽D12345", null, null, CALLER, START);

        assertThat(feedbacks()).extracting(event -> event.subject() + " " + event.data().stage().wireName())
                .containsExactly("T4 throttled");
    }

    @Test
    void aPlateReportedAgainWithAnEarlierTimestampIsStillADuplicate() {
        report("T1", "闽D12345", "蓝", null, CALLER, START.plusSeconds(60));
        report("T2", "闽D12345", "蓝", null, "13900139002", START);

        assertThat(requests()).extracting(Envelope::subject).containsExactly("T1");
        assertThat(feedbacks()).extracting(event -> event.subject() + " " + event.data().stage().wireName())
                .containsExactly("T2 duplicate");
    }

    @Test
    void aRegisteredPlateGetsOneSmsRequestSayingWhereTheCarIsAndNothingAboutTheCaller() {
        report("T1", "闽D12345", "蓝", "湖滨南路与体育路口", CALLER, START);

        List<Envelope<SmsRequest>> sent = requests();
        assertThat(sent).singleElement().satisfies(request -> {
            assertThat(request.subject()).isEqualTo("T1");
            assertThat(request.data().plate()).isEqualTo("闽D12345");
            assertThat(request.data().text()).contains("闽D12345", "湖滨南路与体育路口", "有人正在等候")
                    .doesNotContain(CALLER, "17000999001");
            assertThat(request.data().escalation()).isEqualTo(EscalationAction.ON_SITE);
        });
        assertThat(feedback.isEmpty()).isTrue();
    }

    @Test
    void theSamePlateWithinTheWindowIsNotTextedAgainAndItsCallerIsToldTheOwnerKnows() {
        report("T1", "闽D12345", "蓝", "湖滨南路", CALLER, START);
        report("T2", "闽D12345", null, "湖滨南路", "13900139002", START.plus(Duration.ofMinutes(9)));
        report("T3", "闽D12345", "蓝", "湖滨南路", "13900139003", START.plus(Duration.ofMinutes(11)));

        assertThat(requests()).extracting(Envelope::subject).containsExactly("T1", "T3");
        assertThat(feedbacks()).singleElement().satisfies(duplicate -> {
            assertThat(duplicate.subject()).isEqualTo("T2");
            assertThat(duplicate.data().stage()).isEqualTo(FeedbackStage.DUPLICATE);
            assertThat(duplicate.data().relatedTicketId()).isEqualTo("T1");
        });
        assertThat(replies()).extracting(reply -> reply.data().text()).containsExactly("该车辆已通知，请稍候");
    }

    @Test
    void aCallerReportingAFourthDifferentPlateWithinTenMinutesIsThrottledAndReviewed() {
        register(new VehicleRegistration("闽D10001", "蓝", "17000000101"));
        register(new VehicleRegistration("闽D10002", "蓝", "17000000102"));
        register(new VehicleRegistration("闽D10003", "蓝", "17000000103"));
        report("T1", "闽D10001", null, null, CALLER, START);
        report("T2", "闽D10002", null, null, CALLER, START.plusSeconds(60));
        report("T3", "闽D10003", null, null, CALLER, START.plusSeconds(120));
        report("T4", "闽D12345", null, null, CALLER, START.plusSeconds(180));
        report("T5", "粤BD12345", null, null, "13900139005", START.plusSeconds(200));

        assertThat(requests()).extracting(Envelope::subject).containsExactly("T1", "T2", "T3", "T5");
        assertThat(feedbacks()).singleElement().satisfies(throttled -> {
            assertThat(throttled.subject()).isEqualTo("T4");
            assertThat(throttled.data().stage()).isEqualTo(FeedbackStage.THROTTLED);
            assertThat(throttled.data().reason()).isEqualTo("HARASSMENT_SUSPECTED");
        });
        assertThat(escalations()).singleElement()
                .satisfies(review -> assertThat(review.data().action()).isEqualTo(EscalationAction.REVIEW));
    }

    @Test
    void anUnknownPlateFailsWithItsReasonGoesToAPatrolAndTheCallerIsTold() {
        report("T1", "闽D99999", "蓝", "体育路", CALLER, START);

        assertThat(requests()).isEmpty();
        assertThat(feedbacks()).singleElement().satisfies(failed -> {
            assertThat(failed.data().stage()).isEqualTo(FeedbackStage.FAILED);
            assertThat(failed.data().reason()).isEqualTo("UNKNOWN_PLATE");
        });
        assertThat(escalations()).singleElement().satisfies(patrol -> {
            assertThat(patrol.data().action()).isEqualTo(EscalationAction.ON_SITE);
            assertThat(patrol.data().department()).isEqualTo("TRAFFIC_POLICE");
            assertThat(patrol.data().place()).isEqualTo("体育路");
        });
        assertThat(replies()).extracting(reply -> reply.data().text()).containsExactly("未找到车辆信息，已转交警处理");
    }

    @Test
    void aPlateRegisteredWithAnotherColourIsAColourConflict() {
        report("T1", "粤BD12345", "蓝", null, CALLER, START);

        assertThat(requests()).isEmpty();
        assertThat(feedbacks()).singleElement().satisfies(failed -> {
            assertThat(failed.data().reason()).isEqualTo("COLOUR_CONFLICT");
            assertThat(failed.data().detail()).contains("蓝", "绿");
        });
    }

    @Test
    void aCarBlockingAFireLaneIsTowedWhenItsOwnerCannotBeFound() {
        report("T1", "闽D88888", null, null, CALLER, START, "闽D88888 堵住了小区消防通道");

        assertThat(escalations()).singleElement()
                .satisfies(tow -> assertThat(tow.data().action()).isEqualTo(EscalationAction.TOW));
    }

    @Test
    void aWeChatTextAndAnOperatorEnteredCallAreAnsweredOnTheirOwnChannel() {
        report("T1", "闽D12345", null, null, CALLER, START, Channel.WECHAT, "wx-7781", "闽D12345 堵在我家车库门口了");
        report("T2", "闽D99999", null, null, "13900139002", START, Channel.CALL, "cti-0042", "有辆车牌闽D99999的车挡住了路");
        String requestId = requests().get(0).data().requestId();
        update("T1", MoveCarUpdate.submitted(requestId, "5A09"), START.plusSeconds(1));

        assertThat(replies()).extracting(reply -> reply.subject() + " " + reply.data().channel().wireName() + " "
                        + reply.data().externalId() + " " + reply.data().text())
                .containsExactlyInAnyOrder("T1 wechat wx-7781 车主已通知，请稍候", "T2 call cti-0042 未找到车辆信息，已转交警处理");
    }

    @Test
    void aTicketWithoutAPlateAsksTheCallerForIt() {
        report("T1", null, null, null, CALLER, START);

        assertThat(feedbacks()).singleElement().satisfies(failed -> assertThat(failed.data().reason()).isEqualTo("NO_PLATE"));
        assertThat(escalations()).isEmpty();
        assertThat(replies()).extracting(reply -> reply.data().text()).containsExactly("未识别到车牌号，请补充车牌号后重新提交");
    }

    @Test
    void aReceiptIsMatchedToItsTicketEvenWhenItArrivesBeforeTheSubmitIsRecorded() {
        report("T1", "闽D12345", "蓝", null, CALLER, START);
        String requestId = requests().get(0).data().requestId();

        receipt("5A01", "DELIVRD", START.plusSeconds(1));
        update("T1", MoveCarUpdate.submitted(requestId, "5A01"), START.plusSeconds(2));

        assertThat(feedbacks()).extracting(event -> event.data().stage())
                .containsExactly(FeedbackStage.NOTIFIED, FeedbackStage.DELIVERED);
        assertThat(replies()).extracting(reply -> reply.data().text()).containsExactly("车主已通知，请稍候");
    }

    @Test
    void anOwnerWithoutADeliveryReceiptWithinTheTimeoutIsEscalatedOnce() {
        report("T1", "闽D12345", "蓝", "湖滨南路", CALLER, START);
        String requestId = requests().get(0).data().requestId();
        update("T1", MoveCarUpdate.submitted(requestId, "5A02"), START.plusSeconds(1));
        feedbacks();
        replies();

        driver.advanceWallClockTime(Duration.ofSeconds(119));
        assertThat(feedback.isEmpty()).isTrue();
        driver.advanceWallClockTime(Duration.ofSeconds(2));
        driver.advanceWallClockTime(Duration.ofSeconds(60));

        assertThat(feedbacks()).singleElement().satisfies(failed -> {
            assertThat(failed.data().stage()).isEqualTo(FeedbackStage.FAILED);
            assertThat(failed.data().reason()).isEqualTo("NO_DELIVERY_RECEIPT");
        });
        assertThat(escalations()).singleElement().satisfies(patrol -> assertThat(patrol.data().reason()).isEqualTo("NO_DELIVERY_RECEIPT"));
        assertThat(replies()).extracting(reply -> reply.data().text()).containsExactly("暂未联系上车主，已转交警处理");
    }

    @Test
    void anSmsTheSenderGaveUpOnFailsAndGoesToAPatrolAndARepeatedSubmitIsNotNotifiedTwice() {
        report("T1", "闽D12345", "蓝", null, CALLER, START);
        report("T2", "粤BD12345", "绿", null, "13900139002", START);
        List<Envelope<SmsRequest>> sent = requests();

        update("T1", MoveCarUpdate.notSent(sent.get(0).data().requestId(), "SMSC_UNAVAILABLE", "no SMSC"), START.plusSeconds(60));
        update("T2", MoveCarUpdate.submitted(sent.get(1).data().requestId(), "5A03"), START.plusSeconds(1));
        update("T2", MoveCarUpdate.submitted(sent.get(1).data().requestId(), "5A03"), START.plusSeconds(2));

        assertThat(feedbacks()).extracting(event -> event.subject() + " " + event.data().stage().wireName() + " " + event.data().reason())
                .containsExactly("T1 failed SMSC_UNAVAILABLE", "T2 notified null");
        assertThat(escalations()).extracting(Envelope::subject).containsExactly("T1");
    }

    @Test
    void movedClosesTheTicketOnceAndStopsItsTimeout() {
        report("T1", "闽D12345", "蓝", null, CALLER, START);
        update("T1", MoveCarUpdate.moved("caller"), START.plusSeconds(30));
        update("T1", MoveCarUpdate.moved("operator"), START.plusSeconds(31));
        driver.advanceWallClockTime(Duration.ofMinutes(5));

        assertThat(feedbacks()).extracting(event -> event.data().stage().wireName() + " " + event.data().reason())
                .containsExactly("moved CONFIRMED_BY_CALLER", "closed MOVED");
        assertThat(escalations()).isEmpty();
    }

    private void register(VehicleRegistration vehicle) {
        registry.pipeInput(vehicle.plate(), codec.encode(Envelope.of(EventType.VEHICLE_REGISTERED, "/test/registry",
                "VEH1", vehicle, START)), START);
    }

    private void report(String ticketId, String plate, String colour, String place, String caller, Instant at) {
        report(ticketId, plate, colour, place, caller, at, "移车:" + plate + "#" + colour + "#" + place);
    }

    private void report(String ticketId, String plate, String colour, String place, String caller, Instant at, String text) {
        report(ticketId, plate, colour, place, caller, at, Channel.SMS, null, text);
    }

    private void report(String ticketId, String plate, String colour, String place, String caller, Instant at,
                        Channel channel, String externalId, String text) {
        TicketReceived ticket = new TicketReceived(channel, text, caller, place == null ? null : new Location(place, null, null),
                "114", externalId, List.of(), channel == Channel.SMS ? new MoveCarRequest(plate, colour, place) : null, at);
        RoutingDecision decision = new RoutingDecision("114", null, null, "TRAFFIC_POLICE", plate, colour, List.of(),
                List.of("move-car-sms"), List.of(), false, 0.9, "test", 10, null);
        routed.pipeInput(new TestRecord<>(ticketId, codec.encode(Envelope.of(EventType.TICKET_ROUTED, "/test/router",
                ticketId, new RoutedTicket(ticket, decision), at)), at));
    }

    private void update(String ticketId, MoveCarUpdate update, Instant at) {
        updates.pipeInput(new TestRecord<>(ticketId, codec.encode(Envelope.of(EventType.MOVECAR_UPDATED, "/test/sender",
                ticketId, update, at)), at));
    }

    private void receipt(String messageId, String status, Instant at) {
        receipts.pipeInput(new TestRecord<>(messageId, codec.encode(Envelope.of(EventType.SMS_RECEIPT, "/test/smpp",
                messageId, new SmsReceipt(messageId, status, "000", at), at)), at));
    }

    private List<Envelope<SmsRequest>> requests() {
        return decodeAll(requests, EventType.SMS_REQUESTED);
    }

    private List<Envelope<TicketFeedback>> feedbacks() {
        return decodeAll(feedback, EventType.TICKET_FEEDBACK);
    }

    private List<Envelope<Escalation>> escalations() {
        return decodeAll(escalations, EventType.TICKET_ESCALATED);
    }

    private List<Envelope<ChannelReply>> replies() {
        return decodeAll(replies, EventType.CHANNEL_REPLY);
    }

    private <T> List<Envelope<T>> decodeAll(TestOutputTopic<String, byte[]> topic, EventType type) {
        return topic.readValuesToList().stream().map(bytes -> codec.<T>decode(bytes, type)).toList();
    }

    private TestInputTopic<String, byte[]> input(Topics topic) {
        return driver.createInputTopic(topic.topicName(), new StringSerializer(), new ByteArraySerializer());
    }

    private TestOutputTopic<String, byte[]> output(Topics topic) {
        return driver.createOutputTopic(topic.topicName(), new StringDeserializer(), new ByteArrayDeserializer());
    }
}
