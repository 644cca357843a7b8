package city.hotline.schemas;

import java.time.Instant;

/**
 * The data of {@code city.hotline.exchange.reminder}: a partner missed a deadline (催办). The same overdue
 * deadline raises a {@code city.hotline.ticket.escalated} event for the supervisors.
 */
public record Reminder(String line, DeadlineKind overdue, Instant dueAt, String detail) {
}
