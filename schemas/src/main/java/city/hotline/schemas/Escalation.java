package city.hotline.schemas;

import java.time.Instant;

/**
 * The data of {@code city.hotline.ticket.escalated}: a ticket handed to someone who must act, for example a
 * traffic-police patrol when a vehicle's owner cannot be reached.
 *
 * @param department  a {@code departments.csv} code: who must act
 * @param reason      machine-readable reason (UNKNOWN_PLATE, SMS_FAILED, NO_DELIVERY_RECEIPT)
 * @param place       where to go, as the caller gave it, or null
 * @param plate       the vehicle's plate for a move-car escalation, or null
 * @param overdueStage for a missed deadline (督办): which one, else null
 * @param dueAt        for a missed deadline: when it was due, else null
 */
public record Escalation(String line, EscalationAction action, String department, String reason, String detail,
                         String place, String plate, String plateColour, DeadlineKind overdueStage, Instant dueAt) {

    /** An escalation that is not about a deadline. */
    public static Escalation of(String line, EscalationAction action, String department, String reason, String detail,
                                String place, String plate, String plateColour) {
        return new Escalation(line, action, department, reason, detail, place, plate, plateColour, null, null);
    }
}
