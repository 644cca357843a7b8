package city.hotline.rules;

/**
 * What the classifier reads.
 *
 * @param channel     where the request came in: call, sms, wechat, open311, exchange
 * @param text        the caller's words (transcript, SMS, form text, work order)
 * @param dialledLine the line the caller dialled (110, 12345, 114), or {@code null} when unknown
 */
public record ClassificationRequest(String channel, String text, String dialledLine) {
}
