package city.hotline.router.loop;

import city.hotline.router.kafka.Topics;
import city.hotline.router.privacy.PhoneMasker;
import city.hotline.schemas.Deadline;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.Escalation;
import city.hotline.schemas.EscalationAction;
import city.hotline.schemas.EventType;
import city.hotline.schemas.FeedbackRefusal;
import city.hotline.schemas.FeedbackStage;
import city.hotline.schemas.Reminder;
import city.hotline.schemas.RoutedTicket;
import city.hotline.schemas.TicketState;
import city.hotline.schemas.TransferOutcome;
import city.hotline.schemas.WorkOrder;

import java.time.Instant;
import java.util.List;

/** Builds the tracker's events, all with source {@value #SOURCE} so the tracker can skip its own when it reads them back. */
final class LoopEvents {

    static final String SOURCE = "/hotline/loop";

    private final String supervisionDepartment;

    LoopEvents(String supervisionDepartment) {
        this.supervisionDepartment = supervisionDepartment;
    }

    Outbound workOrder(TrackedTicket t, String note, Instant at) {
        List<Deadline> running = t.deadlines().stream().filter(d -> d.line().equals(t.line())).toList();
        return publish(Topics.exchangeFor(t.line()), EventType.WORK_ORDER, t.ticketId(),
                new WorkOrder(t.ticket(), t.decision(), t.hops(), t.firstReceiver(), running, Notes.cap(note)), at);
    }

    /** The re-route as a decision: the masked copy for the audit trail and the whole ticket for the new line. */
    List<Outbound> rerouted(TrackedTicket t, Instant at) {
        return List.of(
                publish(Topics.ROUTING_DECISIONS, EventType.ROUTING_DECIDED, t.ticketId(),
                        new RoutedTicket(PhoneMasker.auditCopy(t.ticket()), t.decision()), at),
                publish(Topics.routeFor(t.line()), EventType.TICKET_ROUTED, t.ticketId(),
                        new RoutedTicket(t.ticket(), t.decision()), at));
    }

    Outbound overdue(TrackedTicket t, Deadline deadline, String detail, Instant at) {
        String department = t.decision().department() != null && t.line().equals(t.decision().line())
                ? t.decision().department() : supervisionDepartment;
        return publish(Topics.TICKET_ESCALATIONS, EventType.TICKET_ESCALATED, t.ticketId(),
                new Escalation(deadline.line(), EscalationAction.SUPERVISE, department, overdueReason(deadline), detail,
                        null, null, null, deadline.kind(), deadline.dueAt()), at);
    }

    Outbound reminder(TrackedTicket t, Deadline deadline, String detail, Instant at) {
        return publish(Topics.exchangeFor(deadline.line()), EventType.REMINDER, t.ticketId(),
                new Reminder(deadline.line(), deadline.kind(), deadline.dueAt(), detail), at);
    }

    Outbound disputed(TrackedTicket t, String detail, Instant at) {
        return publish(Topics.TICKET_ESCALATIONS, EventType.TICKET_ESCALATED, t.ticketId(),
                Escalation.of(t.firstReceiver(), EscalationAction.REVIEW, supervisionDepartment, "SECOND_REJECTION",
                        detail, null, null, null), at);
    }

    Outbound outcome(TrackedTicket t, FeedbackStage stage, String reason, String detail, Instant at) {
        return publish(Topics.exchangeFor(t.firstReceiver()), EventType.TRANSFER_OUTCOME, t.ticketId(),
                new TransferOutcome(t.firstReceiver(), t.line(), t.state(), stage, reason, detail), at);
    }

    Outbound refusal(String ticketId, String line, FeedbackStage stage, String feedbackEventId, TicketState state,
                     String reason, String detail, Instant at) {
        return publish(Topics.exchangeFor(line), EventType.FEEDBACK_REFUSED, ticketId,
                new FeedbackRefusal(line, stage, feedbackEventId, state, reason, detail), at);
    }

    Outbound track(TrackedTicket t, Instant at) {
        return publish(Topics.TICKET_TRACKS, EventType.TICKET_TRACKED, t.ticketId(), t.toTrack(at), at);
    }

    static String overdueReason(Deadline deadline) {
        return "OVERDUE_" + deadline.kind().name();
    }

    private static Outbound publish(Topics topic, EventType type, String ticketId, Object data, Instant at) {
        return new Outbound(topic, Envelope.of(type, SOURCE, ticketId, data, at));
    }
}
