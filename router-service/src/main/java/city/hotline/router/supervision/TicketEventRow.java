package city.hotline.router.supervision;

import java.time.Instant;

/**
 * One feedback or escalation event of a ticket.
 *
 * @param kind         {@code feedback} or {@code escalation}
 * @param stage        the feedback stage, for feedback
 * @param action       the escalation action ({@code supervise} for a missed deadline), for escalations
 * @param overdueStage for a missed deadline: which one ({@code accept}, {@code feedback}...)
 * @param dueAt        for a missed deadline: when it was due
 */
record TicketEventRow(String eventId, String ticketId, Instant at, String kind, String source, String line,
                      String stage, String action, String reason, String detail, String department,
                      String overdueStage, Instant dueAt) {
}
