package city.hotline.router.loop;

import city.hotline.router.kafka.DeadLetters;
import city.hotline.router.kafka.Topics;
import city.hotline.rules.calendar.DueTimes;
import city.hotline.rules.calendar.WorkingCalendar;
import city.hotline.schemas.Channel;
import city.hotline.schemas.Deadline;
import city.hotline.schemas.DeadlineKind;
import city.hotline.schemas.DeadlineStatus;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.Escalation;
import city.hotline.schemas.EscalationAction;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.EventType;
import city.hotline.schemas.FeedbackRefusal;
import city.hotline.schemas.FeedbackStage;
import city.hotline.schemas.Reminder;
import city.hotline.schemas.RoutedTicket;
import city.hotline.schemas.RoutingDecision;
import city.hotline.schemas.TicketFeedback;
import city.hotline.schemas.TicketReceived;
import city.hotline.schemas.TicketState;
import city.hotline.schemas.TicketTrack;
import city.hotline.schemas.TimeLimits;
import city.hotline.schemas.TimelineEntry;
import city.hotline.schemas.TimelineKind;
import city.hotline.schemas.TransferOutcome;
import city.hotline.schemas.WorkOrder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The closed loop on Kafka Streams' test driver: the tracker's own events read back from its input topics, and
 * deadlines on a wall clock the test moves. Friday 2026-10-09 16:00 in Beijing is the start: the Saturday after
 * it is a make-up working day (调休), which the working-day deadlines must count.
 */
class LoopTopologyTest {

    private static final Instant FRIDAY_4PM = OffsetDateTime.parse("2026-10-09T16:00:00+08:00").toInstant();
    private static final TimeLimits ITEM_LIMITS = new TimeLimits("1wd", "2wd", "3wd");

    @TempDir
    Path stateDir;

    private final EventCodec codec = new EventCodec(32 * 1024);
    private final Map<String, TicketTrack> latestTracks = new HashMap<>();
    private Instant wallClock = FRIDAY_4PM;
    private TopologyTestDriver driver;

    @BeforeEach
    void startDriver() {
        startDriver(Map.of("router.loop.zone", "Asia/Shanghai"));
    }

    private void startDriver(Map<String, String> settings) {
        LoopProperties properties = new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("router.loop", LoopProperties.class);
        DeadlinePlanner planner = new DeadlinePlanner(new DueTimes(WorkingCalendar.fromClasspath(), properties.zone()), properties);
        LoopTransitions transitions = new LoopTransitions(planner, new LoopEvents(properties.supervisionDepartment()),
                properties.maxHops(), properties.timelineLimit());
        Topology topology = new Topology();
        new LoopTopology(codec, transitions, new LoopMetrics(new SimpleMeterRegistry()), properties).configureTopology(topology);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "loop-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology, config, FRIDAY_4PM);
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void a12345TicketGoesFromRoutedToClosedAndMeetsEveryDeadline() {
        route("T1", "12345", "12345", ITEM_LIMITS, FRIDAY_4PM);
        feedback("T1", "12345", FeedbackStage.RECEIVED, null, minutes(5));
        feedback("T1", "12345", FeedbackStage.ACCEPTED, null, minutes(30));
        feedback("T1", "12345", FeedbackStage.PROGRESS, null, minutes(60));
        feedback("T1", "12345", FeedbackStage.HANDLED, null, minutes(90));
        feedback("T1", "12345", FeedbackStage.CLOSED, null, minutes(120));
        driver.advanceWallClockTime(Duration.ofDays(30));

        TicketTrack track = track("T1");
        assertThat(track.state()).isEqualTo(TicketState.CLOSED);
        assertThat(track.timeline()).extracting(e -> e.kind() + " " + e.stage()).containsExactly("ROUTED routed",
                "FEEDBACK received", "FEEDBACK accepted", "FEEDBACK progress", "FEEDBACK handled", "FEEDBACK closed");
        assertThat(track.deadlines()).extracting(Deadline::status).containsOnly(DeadlineStatus.MET).hasSize(4);
        assertThat(events(Topics.EXCHANGE_12345)).extracting(Envelope::type).containsExactly(EventType.WORK_ORDER.type());
        assertThat(events(Topics.TICKET_ESCALATIONS)).isEmpty();
    }

    @Test
    void a110TicketGoesFromRoutedToClosedWithThePoliceLimits() {
        route("P1", "110", "110", null, FRIDAY_4PM);
        WorkOrder order = (WorkOrder) events(Topics.EXCHANGE_110).get(0).data();
        assertThat(order.deadlines()).extracting(d -> d.kind() + " " + d.limit()).containsExactly(
                "RECEIVE 15m", "ACCEPT 30m", "FEEDBACK 2h", "FINISH 1d");
        feedback("P1", "110", FeedbackStage.RECEIVED, null, minutes(1));
        feedback("P1", "110", FeedbackStage.ACCEPTED, null, minutes(2));
        feedback("P1", "110", FeedbackStage.HANDLED, null, minutes(40));
        feedback("P1", "110", FeedbackStage.CLOSED, null, minutes(50));

        assertThat(track("P1").state()).isEqualTo(TicketState.CLOSED);
        assertThat(events(Topics.EXCHANGE_110)).as("no outcome: 110 received the matter itself").isEmpty();
    }

    @Test
    void a114TicketFollowsTheMoveCarStagesWithoutDeadlinesAndKeepsOtherEscalationsInItsTimeline() {
        route("M1", "114", "114", null, FRIDAY_4PM);
        feedback("M1", "114", FeedbackStage.NOTIFIED, null, minutes(1));
        pipe(Topics.TICKET_ESCALATIONS, "M1", Envelope.of(EventType.TICKET_ESCALATED, "/hotline/movecar", "M1",
                Escalation.of("114", EscalationAction.ON_SITE, "TRAFFIC_POLICE", "NO_DELIVERY_RECEIPT", null, null, null, null),
                minutes(3)));
        feedback("M1", "114", FeedbackStage.MOVED, null, minutes(10));
        feedback("M1", "114", FeedbackStage.CLOSED, null, minutes(10));

        TicketTrack track = track("M1");
        assertThat(track.state()).isEqualTo(TicketState.CLOSED);
        assertThat(track.deadlines()).isEmpty();
        assertThat(track.timeline()).extracting(TimelineEntry::kind).containsExactly(TimelineKind.ROUTED,
                TimelineKind.FEEDBACK, TimelineKind.ESCALATED, TimelineKind.IMPLIED, TimelineKind.FEEDBACK, TimelineKind.FEEDBACK);
    }

    @Test
    void theLineThatFirstReceivedATransferredMatterGetsItsOutcome() {
        route("T2", "110", "12345", ITEM_LIMITS, FRIDAY_4PM);
        feedback("T2", "12345", FeedbackStage.ACCEPTED, null, minutes(30));
        feedback("T2", "12345", FeedbackStage.HANDLED, null, minutes(300));

        List<TransferOutcome> outcomes = events(Topics.EXCHANGE_110).stream().map(e -> (TransferOutcome) e.data()).toList();
        assertThat(outcomes).extracting(TransferOutcome::stage).containsExactly(FeedbackStage.ACCEPTED, FeedbackStage.HANDLED);
        assertThat(outcomes).extracting(TransferOutcome::handlingLine).containsOnly("12345");
    }

    @Test
    void aRejectedTicketIsReRoutedOnceToTheOtherLineWithTheReason() {
        route("T3", "110", "12345", ITEM_LIMITS, FRIDAY_4PM);
        events(Topics.EXCHANGE_12345);
        reject("T3", "12345", minutes(10));

        List<Envelope<?>> rerouted = events(Topics.ROUTE_110);
        assertThat(rerouted).hasSize(1);
        RoutingDecision decision = ((RoutedTicket) rerouted.get(0).data()).decision();
        assertThat(decision.line()).isEqualTo("110");
        assertThat(decision.rules()).last().asString().contains("re-route after rejection by 12345");
        assertThat(((RoutedTicket) events(Topics.ROUTING_DECISIONS).get(0).data()).ticket().callerPhone()).isEqualTo("138****8000");
        WorkOrder order = (WorkOrder) events(Topics.EXCHANGE_110).get(0).data();
        assertThat(order.hop()).isEqualTo(2);
        assertThat(order.handoverNote()).contains("12345 退回", "NOT_OURS");
        assertThat(order.ticket().callerPhone()).isEqualTo("13800138000");
        TicketTrack track = track("T3");
        assertThat(track.line()).isEqualTo("110");
        assertThat(track.hops()).isEqualTo(2);
        assertThat(track.state()).isEqualTo(TicketState.ROUTED);
        assertThat(track.deadlines()).filteredOn(d -> d.line().equals("12345")).extracting(Deadline::status)
                .containsOnly(DeadlineStatus.CANCELLED);
        assertThat(track.timeline()).extracting(TimelineEntry::kind).containsExactly(TimelineKind.ROUTED,
                TimelineKind.FEEDBACK, TimelineKind.REROUTED);
    }

    @Test
    void aSecondRejectionGoesToASupervisorAndTheFirstReceiverStaysResponsibleUntilALineAccepts() {
        route("T4", "110", "12345", ITEM_LIMITS, FRIDAY_4PM);
        reject("T4", "12345", minutes(10));
        reject("T4", "110", minutes(20));

        assertThat(events(Topics.ROUTE_110)).hasSize(1);
        assertThat(events(Topics.ROUTE_12345)).isEmpty();
        List<Envelope<?>> escalations = events(Topics.TICKET_ESCALATIONS);
        assertThat(escalations).hasSize(1);
        Escalation review = (Escalation) escalations.get(0).data();
        assertThat(review.action()).isEqualTo(EscalationAction.REVIEW);
        assertThat(review.reason()).isEqualTo("SECOND_REJECTION");
        assertThat(review.line()).isEqualTo("110");
        assertThat(track("T4").state()).isEqualTo(TicketState.DISPUTED);
        assertThat(track("T4").line()).isEqualTo("110");

        reject("T4", "110", minutes(30));
        assertThat(refusals(Topics.EXCHANGE_110)).extracting(FeedbackRefusal::reason)
                .containsExactly(FeedbackPolicy.FIRST_RECEIVER_RESPONSIBLE);
        feedback("T4", "12345", FeedbackStage.ACCEPTED, null, minutes(40));
        assertThat(track("T4").state()).isEqualTo(TicketState.ACCEPTED);
        assertThat(track("T4").line()).isEqualTo("12345");
        assertThat(events(Topics.ROUTE_110)).isEmpty();
    }

    @Test
    void theFirstReceiverAcceptingADisputedTicketGetsItsFeedbackAndFinishDeadlines() {
        route("T14", "110", "12345", ITEM_LIMITS, FRIDAY_4PM);
        reject("T14", "12345", minutes(1));
        reject("T14", "110", minutes(2));
        feedback("T14", "110", FeedbackStage.ACCEPTED, null, minutes(3));

        TicketTrack track = track("T14");
        assertThat(track.state()).isEqualTo(TicketState.ACCEPTED);
        assertThat(track.deadlines()).filteredOn(d -> d.status() == DeadlineStatus.PENDING)
                .extracting(d -> d.kind() + " " + d.line() + " " + d.limit()).containsExactly("FEEDBACK 110 2h", "FINISH 110 1d");
        assertThat(track.deadlines()).filteredOn(d -> d.kind() == DeadlineKind.ACCEPT && d.status() == DeadlineStatus.MET)
                .extracting(Deadline::line).containsExactly("110");
    }

    @Test
    void progressThatImpliesAcceptanceTellsTheFirstReceiverItWasAccepted() {
        route("T15", "110", "12345", ITEM_LIMITS, FRIDAY_4PM);
        feedback("T15", "12345", FeedbackStage.PROGRESS, null, minutes(5));

        assertThat(events(Topics.EXCHANGE_110)).extracting(e -> ((TransferOutcome) e.data()).stage())
                .containsExactly(FeedbackStage.ACCEPTED);
    }

    @Test
    void aCallTo114RoutedTo12345HasTheRoutedLineAsFirstReceiver() {
        route("T16", "114", "12345", ITEM_LIMITS, FRIDAY_4PM);

        assertThat(track("T16").firstReceiver()).isEqualTo("12345");
    }

    @Test
    void feedbackWhoseKeyIsNotItsTicketGoesToTheDeadLetterTopic() {
        Envelope<TicketFeedback> event = Envelope.of(EventType.TICKET_FEEDBACK, "/partner", "T17",
                new TicketFeedback("12345", FeedbackStage.RECEIVED, null, null, null), FRIDAY_4PM);
        driver.createInputTopic(Topics.TICKET_FEEDBACK.topicName(), new StringSerializer(), new ByteArraySerializer())
                .pipeInput((String) null, codec.encode(event));

        var letters = driver.createOutputTopic(Topics.LOOP_DLQ.topicName(), new StringDeserializer(), new ByteArrayDeserializer())
                .readRecordsToList();
        assertThat(letters).singleElement().satisfies(letter -> assertThat(new String(
                letter.headers().lastHeader(DeadLetters.REASON_HEADER).value(), StandardCharsets.UTF_8)).isEqualTo(DeadLetters.KEY_MISMATCH));
    }

    @Test
    void eachDeadlineFiresAtItsWorkingDayTimeWithAnEscalationAndAReminder() {
        route("T5", "12345", "12345", ITEM_LIMITS, FRIDAY_4PM);
        WorkOrder order = (WorkOrder) events(Topics.EXCHANGE_12345).get(0).data();
        assertThat(order.deadlines()).extracting(d -> d.kind() + " " + d.dueAt()).containsExactly(
                "RECEIVE " + beijing("2026-10-09T16:15:00"),
                "ACCEPT " + beijing("2026-10-11T00:00:00"),   // Saturday 10th is a make-up working day
                "FEEDBACK " + beijing("2026-10-13T00:00:00"), // then Monday 12th
                "FINISH " + beijing("2026-10-14T00:00:00"));

        advanceTo(beijing("2026-10-09T16:14:59"));
        assertThat(events(Topics.TICKET_ESCALATIONS)).isEmpty();
        advanceTo(beijing("2026-10-09T16:15:01"));
        assertThat(overdue()).containsExactly("receive " + beijing("2026-10-09T16:15:00"));
        assertThat(reminders()).containsExactly("receive");

        feedback("T5", "12345", FeedbackStage.RECEIVED, null, minutes(20));
        advanceTo(beijing("2026-10-10T23:59:59"));
        assertThat(overdue()).isEmpty();
        advanceTo(beijing("2026-10-11T00:00:01"));
        assertThat(overdue()).containsExactly("accept " + beijing("2026-10-11T00:00:00"));
        assertThat(reminders()).containsExactly("accept");
        assertThat(track("T5").deadlines()).extracting(Deadline::status).containsExactly(
                DeadlineStatus.OVERDUE, DeadlineStatus.OVERDUE, DeadlineStatus.PENDING, DeadlineStatus.PENDING);

        feedback("T5", "12345", FeedbackStage.HANDLED, null, Instant.parse("2026-10-11T02:00:00Z"));
        driver.advanceWallClockTime(Duration.ofDays(10));
        assertThat(overdue()).isEmpty();
    }

    @Test
    void aWorkingDayLimitSkipsTheNationalDayHolidays() {
        Instant lastDayOfSeptember = beijing("2026-09-30T10:00:00");
        route("T6", "12345", "12345", new TimeLimits("1wd", "1wd", "1wd"), lastDayOfSeptember);
        WorkOrder order = (WorkOrder) events(Topics.EXCHANGE_12345).get(0).data();
        assertThat(order.deadlines()).filteredOn(d -> d.kind() == DeadlineKind.ACCEPT).extracting(Deadline::dueAt)
                .containsExactly(beijing("2026-10-09T00:00:00")); // 1-7 October off, Thursday the 8th worked
    }

    @Test
    void feedbackPostedTwiceIsAppliedOnce() {
        route("T7", "110", "12345", ITEM_LIMITS, FRIDAY_4PM);
        String id = UUID.randomUUID().toString();
        feedbackWithId("T7", "12345", FeedbackStage.ACCEPTED, id, minutes(5));
        feedbackWithId("T7", "12345", FeedbackStage.ACCEPTED, id, minutes(6));

        assertThat(track("T7").timeline()).filteredOn(e -> e.kind() == TimelineKind.FEEDBACK && id.equals(e.eventId())).hasSize(1);
        assertThat(events(Topics.EXCHANGE_110)).hasSize(1); // one outcome for the first receiver
    }

    @Test
    void aLaterStageImpliesTheSkippedOnesAndAnEarlierOneArrivingLateIsOnlyRecorded() {
        route("T8", "12345", "12345", ITEM_LIMITS, FRIDAY_4PM);
        feedback("T8", "12345", FeedbackStage.HANDLED, null, minutes(30));
        feedback("T8", "12345", FeedbackStage.RECEIVED, null, minutes(5));

        TicketTrack track = track("T8");
        assertThat(track.state()).isEqualTo(TicketState.HANDLED);
        assertThat(track.timeline()).extracting(e -> e.kind() + " " + e.stage()).containsExactly("ROUTED routed",
                "IMPLIED received", "IMPLIED accepted", "FEEDBACK handled", "LATE received");
        assertThat(events(Topics.EXCHANGE_12345)).extracting(Envelope::type).containsExactly(EventType.WORK_ORDER.type());
    }

    @Test
    void feedbackThatArrivesBeforeItsTicketIsAppliedWhenTheTicketIsRouted() {
        feedback("T9", "12345", FeedbackStage.RECEIVED, null, FRIDAY_4PM.minusSeconds(2));
        assertThat(events(Topics.TICKET_TRACKS)).isEmpty();
        route("T9", "12345", "12345", ITEM_LIMITS, FRIDAY_4PM.minusSeconds(3));

        assertThat(track("T9").state()).isEqualTo(TicketState.RECEIVED);
        driver.advanceWallClockTime(Duration.ofMinutes(11));
        assertThat(refusals(Topics.EXCHANGE_12345)).isEmpty();
    }

    @Test
    void feedbackForATicketThatNeverArrivesIsRefusedAfterTheWait() {
        feedback("NOPE", "12345", FeedbackStage.ACCEPTED, null, FRIDAY_4PM);
        driver.advanceWallClockTime(Duration.ofMinutes(9));
        assertThat(refusals(Topics.EXCHANGE_12345)).isEmpty();
        driver.advanceWallClockTime(Duration.ofMinutes(2));

        assertThat(refusals(Topics.EXCHANGE_12345)).extracting(FeedbackRefusal::reason).containsExactly(FeedbackPolicy.UNKNOWN_TICKET);
        assertThat(events(Topics.TICKET_TRACKS)).isEmpty();
    }

    @Test
    void illegalTransitionsAreRefusedWithAnEventAndChangeNothing() {
        route("T10", "12345", "12345", ITEM_LIMITS, FRIDAY_4PM);
        feedback("T10", "12345", FeedbackStage.ACCEPTED, null, minutes(5));
        reject("T10", "12345", minutes(6));
        feedback("T10", "110", FeedbackStage.HANDLED, null, minutes(7));
        feedback("T10", "12345", FeedbackStage.MOVED, null, minutes(8));

        assertThat(refusals(Topics.EXCHANGE_12345)).extracting(r -> r.stage() + " " + r.reason() + " " + r.state()).containsExactly(
                "REJECTED ALREADY_ACCEPTED ACCEPTED", "MOVED STAGE_NOT_FOR_LINE ACCEPTED");
        assertThat(refusals(Topics.EXCHANGE_110)).extracting(FeedbackRefusal::reason).containsExactly(FeedbackPolicy.NOT_ASSIGNED);
        TicketTrack track = track("T10");
        assertThat(track.state()).isEqualTo(TicketState.ACCEPTED);
        assertThat(track.line()).isEqualTo("12345");
        assertThat(track.timeline()).filteredOn(e -> e.kind() == TimelineKind.REFUSED).hasSize(3);
        assertThat(events(Topics.ROUTE_110)).isEmpty();
    }

    @Test
    void feedbackThatIsNotAValidEventGoesToTheDeadLetterTopicWithItsBytesAndReason() {
        byte[] garbage = "{\"stage\":\"done\"".getBytes(StandardCharsets.UTF_8);
        driver.createInputTopic(Topics.TICKET_FEEDBACK.topicName(), new StringSerializer(), new ByteArraySerializer())
                .pipeInput("T11", garbage);

        var letters = driver.createOutputTopic(Topics.LOOP_DLQ.topicName(), new StringDeserializer(), new ByteArrayDeserializer())
                .readRecordsToList();
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).value()).isEqualTo(garbage);
        assertThat(new String(letters.get(0).headers().lastHeader(DeadLetters.REASON_HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo(LoopInputReader.INVALID);
    }

    @Test
    void anInputWhoseResultsCannotBePublishedIsDeadLetteredWholeAndThePartitionGoesOn() {
        driver.close();
        startDriver(Map.of("router.loop.supervision-department", "not a department code"));
        route("T12", "12345", "12345", ITEM_LIMITS, FRIDAY_4PM);
        reject("T12", "12345", minutes(1));
        reject("T12", "110", minutes(2)); // its supervisor escalation names an invalid department

        var letters = driver.createOutputTopic(Topics.LOOP_DLQ.topicName(), new StringDeserializer(), new ByteArrayDeserializer())
                .readRecordsToList();
        assertThat(letters).singleElement().satisfies(letter -> assertThat(new String(
                letter.headers().lastHeader(DeadLetters.REASON_HEADER).value(), StandardCharsets.UTF_8)).isEqualTo(LoopInputReader.LOOP_FAILED));
        assertThat(track("T12").state()).as("nothing half-applied").isEqualTo(TicketState.ROUTED);
        assertThat(events(Topics.TICKET_ESCALATIONS)).isEmpty();

        feedback("T12", "110", FeedbackStage.ACCEPTED, null, minutes(3));
        assertThat(track("T12").state()).isEqualTo(TicketState.ACCEPTED);
    }

    @Test
    void aLongExplanationIsCutToTheTimelinesLimitAndTheTicketIsStillTracked() {
        TicketReceived ticket = new TicketReceived(Channel.SMS, "路灯不亮", null, null, "12345", null, List.of(), null, FRIDAY_4PM);
        RoutingDecision decision = new RoutingDecision("12345", null, null, "URBAN_MGMT", null, null, List.of(),
                java.util.Collections.nCopies(40, "A hotline matter goes to the department most of its words point to"),
                List.of(), false, 0.9, "test", 10, null);
        pipe(Topics.ROUTE_12345, "T13", Envelope.of(EventType.TICKET_ROUTED, "/hotline/router", "T13",
                new RoutedTicket(ticket, decision), FRIDAY_4PM));

        assertThat(track("T13").timeline().get(0).detail()).hasSize(500).endsWith("…");
    }

    private void route(String ticketId, String dialled, String line, TimeLimits limits, Instant at) {
        TicketReceived ticket = new TicketReceived(Channel.SMS, "有人在小区门口占道经营，联系电话13800138000", "13800138000", null,
                dialled, null, List.of(), null, at.minusSeconds(1));
        RoutingDecision decision = new RoutingDecision(line, null, "12345".equals(line) ? "TI001" : null,
                "12345".equals(line) ? "URBAN_MGMT" : null, null, null, List.of(), List.of("test-rule"), List.of(), false,
                0.9, "test", 10, limits);
        pipe(Topics.routeFor(line), ticketId, Envelope.of(EventType.TICKET_ROUTED, "/hotline/router", ticketId,
                new RoutedTicket(ticket, decision), at));
    }

    private void feedback(String ticketId, String line, FeedbackStage stage, String reason, Instant at) {
        feedbackWithId(ticketId, line, stage, reason, UUID.randomUUID().toString(), at);
    }

    private void feedbackWithId(String ticketId, String line, FeedbackStage stage, String id, Instant at) {
        feedbackWithId(ticketId, line, stage, null, id, at);
    }

    private void feedbackWithId(String ticketId, String line, FeedbackStage stage, String reason, String id, Instant at) {
        pipe(Topics.TICKET_FEEDBACK, ticketId, Envelope.of(EventType.TICKET_FEEDBACK, "/hotline/exchange/" + line, ticketId,
                new TicketFeedback(line, stage, reason, null, null), at).withId(id));
    }

    private void reject(String ticketId, String line, Instant at) {
        feedback(ticketId, line, FeedbackStage.REJECTED, "NOT_OURS", at);
    }

    private void pipe(Topics topic, String key, Envelope<?> event) {
        driver.createInputTopic(topic.topicName(), new StringSerializer(), new ByteArraySerializer())
                .pipeInput(new TestRecord<>(key, codec.encode(event), event.time()));
    }

    /** The events published on a topic since the last call for that topic. */
    private List<Envelope<?>> events(Topics topic) {
        return driver.createOutputTopic(topic.topicName(), new StringDeserializer(), new ByteArrayDeserializer())
                .readValuesToList().stream().<Envelope<?>>map(codec::decode)
                .filter(event -> event.source().equals(LoopEvents.SOURCE)).toList();
    }

    /** The latest track published for the ticket, as the compacted topic would keep it. */
    private TicketTrack track(String ticketId) {
        driver.createOutputTopic(Topics.TICKET_TRACKS.topicName(), new StringDeserializer(), new ByteArrayDeserializer())
                .readKeyValuesToList().forEach(kv -> latestTracks.put(kv.key, (TicketTrack) codec.decode(kv.value).data()));
        assertThat(latestTracks).as("tracks").containsKey(ticketId);
        return latestTracks.get(ticketId);
    }

    private List<String> overdue() {
        return events(Topics.TICKET_ESCALATIONS).stream().map(e -> (Escalation) e.data())
                .map(e -> e.overdueStage().name().toLowerCase(Locale.ROOT) + " " + e.dueAt()).toList();
    }

    private List<String> reminders() {
        return events(Topics.EXCHANGE_12345).stream().filter(e -> e.data() instanceof Reminder)
                .map(e -> ((Reminder) e.data()).overdue().name().toLowerCase(Locale.ROOT)).toList();
    }

    private List<FeedbackRefusal> refusals(Topics topic) {
        return events(topic).stream().filter(e -> e.data() instanceof FeedbackRefusal).map(e -> (FeedbackRefusal) e.data()).toList();
    }

    private void advanceTo(Instant time) {
        driver.advanceWallClockTime(Duration.between(wallClock, time));
        wallClock = time;
    }

    private static Instant minutes(int minutes) {
        return FRIDAY_4PM.plus(Duration.ofMinutes(minutes));
    }

    private static Instant beijing(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }
}
