package city.hotline.schemas;

/**
 * The data of {@code city.hotline.exchange.outcome}: what became of a matter, sent to the line that first
 * received it when another line handles it, so the caller can be told (受理反馈闭环).
 *
 * @param originLine   the line that first received the matter and gets this outcome
 * @param handlingLine the line that handles it
 * @param stage        the stage the ticket reached: accepted, handled or closed (a rejection sends the ticket
 *                     back to the first receiver as a work order instead)
 */
public record TransferOutcome(String originLine, String handlingLine, TicketState state, FeedbackStage stage,
                              String reason, String detail) {
}
