package city.hotline.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The closed-loop, exchange and telephony events as their producers build them in code: every optional
 * component left null must still encode, and what is encoded must decode to an equal record.
 */
class LoopEventsTest {

    private static final EventCodec CODEC = new EventCodec(64 * 1024);
    private static final Instant ROUTED = Instant.parse("2025-03-14T15:15:08.114Z");
    private static final Instant DUE = Instant.parse("2025-03-14T17:15:08.114Z");

    @Test
    void everyNewTypeSurvivesEncodingWithItsOptionalComponentsNull() {
        Deadline accept = new Deadline(DeadlineKind.ACCEPT, "12345", DUE, null, DeadlineStatus.PENDING);
        RoutingDecision decision = new RoutingDecision("12345", null, "TI001", "URBAN_MGMT", null, null, null,
                List.of("catalogue-TI001"), null, false, 0.93, "2025.03.1", 412, new TimeLimits("2h", "1wd", "3wd"));

        roundTrip(EventType.TICKET_TRACKED, new TicketTrack(TicketState.ROUTED, "12345", "110", 1, List.of(accept),
                List.of(new TimelineEntry(ROUTED, TimelineKind.ROUTED, null, null, null, null, null)), ROUTED));
        roundTrip(EventType.WORK_ORDER, new WorkOrder(Fixtures.theftTicket(), decision, 1, "110", null, null));
        roundTrip(EventType.REMINDER, new Reminder("12345", DeadlineKind.ACCEPT, DUE, null));
        roundTrip(EventType.TRANSFER_OUTCOME,
                new TransferOutcome("110", "12345", TicketState.ACCEPTED, FeedbackStage.ACCEPTED, null, null));
        roundTrip(EventType.FEEDBACK_REFUSED,
                new FeedbackRefusal("12345", FeedbackStage.ACCEPTED, "feedback-1", null, "UNKNOWN_TICKET", null));
        roundTrip(EventType.TELEPHONY_COMMAND, new TelephonyCommand(TelephonyAction.ONE_KEY_TRANSFER, null, "110",
                "12345", "工地夜间施工噪声扰民", null, null, null, false, null));
        roundTrip(EventType.TICKET_ESCALATED, Escalation.of("114", EscalationAction.ON_SITE, "TRAFFIC_POLICE",
                "NO_DELIVERY_RECEIPT", null, null, null, null));
        roundTrip(EventType.ROUTING_DECIDED, new RoutedTicket(Fixtures.moveCarTicket(), Fixtures.moveCarDecision()));
    }

    @Test
    void enumsTravelByTheirWireNames() {
        JsonNode escalation = data(EventType.TICKET_ESCALATED, new Escalation("12345", EscalationAction.SUPERVISE,
                "URBAN_MGMT", "OVERDUE_ACCEPT", null, null, null, null, DeadlineKind.ACCEPT, DUE));
        JsonNode command = data(EventType.TELEPHONY_COMMAND, new TelephonyCommand(TelephonyAction.THREE_WAY_CALL,
                "CC-1", "12345", "110", "有人打架，一人受伤", null, null, null, true, List.of("120")));
        JsonNode feedback = data(EventType.TICKET_FEEDBACK,
                TicketFeedback.of("12345", FeedbackStage.REJECTED, "NOT_OURS", "属于警情，请110处置"));

        assertThat(escalation.get("action").asString()).isEqualTo("supervise");
        assertThat(escalation.get("overdueStage").asString()).isEqualTo("accept");
        assertThat(escalation.get("dueAt").asString()).isEqualTo("2025-03-14T17:15:08.114Z");
        assertThat(command.get("action").asString()).isEqualTo("three-way-call");
        assertThat(feedback.get("stage").asString()).isEqualTo("rejected");
    }

    @Test
    void aBadTimeLimitIsRefusedByItsProducer() {
        RoutingDecision decision = new RoutingDecision("12345", null, "TI001", "URBAN_MGMT", null, null, null,
                List.of("catalogue-TI001"), null, false, 0.93, "2025.03.1", 412, new TimeLimits("2 hours", "1wd", "3wd"));

        InvalidEventException rejection = catchThrowableOfType(InvalidEventException.class,
                () -> CODEC.encode(Fixtures.routed(EventType.TICKET_ROUTED, decision)));

        assertThat(rejection.violations()).extracting(Violation::field)
                .containsExactly("/data/decision/timeLimits/accept");
    }

    @Test
    void aTelephonySummaryWithAPhoneNumberIsRefusedByItsProducer() {
        TelephonyCommand leaking = new TelephonyCommand(TelephonyAction.ONE_KEY_TRANSFER, "CC-1", "110", "12345",
                "工地夜间施工，请回拨 13800138004", null, "TI001", "URBAN_MGMT", false, null);

        InvalidEventException rejection = catchThrowableOfType(InvalidEventException.class,
                () -> CODEC.encode(Envelope.of(EventType.TELEPHONY_COMMAND, "/hotline/router", "T1", leaking, ROUTED)));

        assertThat(rejection.violations()).extracting(Violation::field).containsExactly("/data/summary");
    }

    @Test
    void aLongerDigitRunSuchAsAnIdNumberIsNotTakenForAPhoneNumber() {
        TelephonyCommand withIdNumber = new TelephonyCommand(TelephonyAction.ONE_KEY_TRANSFER, "CC-1", "110", "12345",
                "来电人身份证号 350203199001011234，电话 138****8004", null, "TI001", "URBAN_MGMT", false, null);

        roundTrip(EventType.TELEPHONY_COMMAND, withIdNumber);
    }

    private static <T> void roundTrip(EventType type, T data) {
        Envelope<T> event = Envelope.of(type, "/hotline/loop", "T20250314-002315", data, ROUTED);

        assertThat(CODEC.<T>decode(CODEC.encode(event), type)).as(type.type()).isEqualTo(event);
    }

    private static JsonNode data(EventType type, Object data) {
        return CODEC.mapper().readTree(CODEC.encode(Envelope.of(type, "/hotline/loop", "T1", data, ROUTED))).get("data");
    }
}
