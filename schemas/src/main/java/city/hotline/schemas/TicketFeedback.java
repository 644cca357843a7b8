package city.hotline.schemas;

/**
 * The data of {@code city.hotline.ticket.feedback}: what happened to a ticket at the line that handles it.
 * The loop tracker follows every ticket by these, whatever its line.
 *
 * @param line            the line reporting: "110", "12345" or "114"
 * @param reason          machine-readable reason (UNKNOWN_PLATE); required for failed, throttled, duplicate
 * @param detail          a sentence for the supervisor reading the ticket, never a phone number
 * @param relatedTicketId for a duplicate: the ticket under which the matter is handled
 */
public record TicketFeedback(String line, FeedbackStage stage, String reason, String detail, String relatedTicketId) {

    public static TicketFeedback of(String line, FeedbackStage stage, String reason, String detail) {
        return new TicketFeedback(line, stage, reason, detail, null);
    }
}
