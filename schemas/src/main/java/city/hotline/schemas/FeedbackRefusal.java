package city.hotline.schemas;

/**
 * The data of {@code city.hotline.ticket.feedback-refused}: feedback the loop tracker did not apply, sent to the
 * line that posted it. The ticket's state did not change.
 *
 * @param feedbackEventId the id of the refused feedback event
 * @param state           the ticket's state when the feedback arrived, or null for an unknown ticket
 * @param reason          NOT_ASSIGNED, ALREADY_ACCEPTED, TICKET_CLOSED, STAGE_NOT_FOR_LINE, FIRST_RECEIVER_RESPONSIBLE,
 *                        UNKNOWN_TICKET
 */
public record FeedbackRefusal(String line, FeedbackStage stage, String feedbackEventId, TicketState state,
                              String reason, String detail) {
}
