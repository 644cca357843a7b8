package city.hotline.schemas;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The data of {@code city.hotline.movecar.updated}: something that happened to a move-car case outside the
 * move-car service's transaction. Which fields are set depends on the kind (the schema checks it).
 *
 * @param requestId     the SMS request (sms-submitted, sms-not-sent)
 * @param smscMessageId the SMS centre's id (sms-submitted, sms-receipt)
 * @param receiptStatus the SMPP message state (sms-receipt)
 * @param reason        why the SMS was not sent (sms-not-sent)
 * @param confirmedBy   "caller" or "operator" (moved)
 */
public record MoveCarUpdate(Kind kind, String requestId, String smscMessageId, String receiptStatus,
                            String reason, String detail, String confirmedBy) {

    public enum Kind {
        SMS_SUBMITTED("sms-submitted"), SMS_NOT_SENT("sms-not-sent"), SMS_RECEIPT("sms-receipt"), MOVED("moved");

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        @JsonValue
        public String wireName() {
            return wireName;
        }

        @JsonCreator
        public static Kind fromWireName(String wireName) {
            for (Kind kind : values()) {
                if (kind.wireName.equals(wireName)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown move-car update kind: " + wireName);
        }
    }

    public static MoveCarUpdate submitted(String requestId, String smscMessageId) {
        return new MoveCarUpdate(Kind.SMS_SUBMITTED, requestId, smscMessageId, null, null, null, null);
    }

    public static MoveCarUpdate notSent(String requestId, String reason, String detail) {
        return new MoveCarUpdate(Kind.SMS_NOT_SENT, requestId, null, null, reason, detail, null);
    }

    public static MoveCarUpdate receipt(String smscMessageId, String receiptStatus, String requestId) {
        return new MoveCarUpdate(Kind.SMS_RECEIPT, requestId, smscMessageId, receiptStatus, null, null, null);
    }

    public static MoveCarUpdate moved(String confirmedBy) {
        return new MoveCarUpdate(Kind.MOVED, null, null, null, null, null, confirmedBy);
    }
}
