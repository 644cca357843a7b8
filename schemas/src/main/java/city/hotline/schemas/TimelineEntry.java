package city.hotline.schemas;

import java.time.Instant;

/**
 * One line of a ticket's timeline.
 *
 * @param at      when it happened (the event's time)
 * @param line    the line it concerns
 * @param stage   the feedback stage, the overdue deadline kind or the ticket state, as its wire name; or null
 * @param reason  machine-readable reason, or null
 * @param detail  a sentence for the reader, phone numbers masked; or null
 * @param eventId the id of the event that caused it, or null
 */
public record TimelineEntry(Instant at, TimelineKind kind, String line, String stage, String reason, String detail,
                           String eventId) {
}
