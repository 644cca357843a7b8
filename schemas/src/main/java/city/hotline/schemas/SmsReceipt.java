package city.hotline.schemas;

import java.time.Instant;

/**
 * The data of {@code city.hotline.sms.receipt}: a delivery receipt as the SMS centre sent it, keyed by the
 * centre's message id.
 *
 * @param status     SMPP message state: DELIVRD, UNDELIV, EXPIRED, REJECTD, DELETED, UNKNOWN, ENROUTE, ACCEPTD
 * @param errorCode  the centre's error code, or null
 * @param receivedAt when the receipt reached us
 */
public record SmsReceipt(String smscMessageId, String status, String errorCode, Instant receivedAt) {
}
