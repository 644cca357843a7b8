package city.hotline.schemas;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A stage of {@link TicketFeedback}; the wire form is the lower-case name, as in the schema's enum.
 * The partner platforms (110, 12345) post received, accepted, progress, handled, closed or rejected; the 114
 * move-car line posts notified, delivered, failed, moved, closed, duplicate or throttled.
 */
public enum FeedbackStage {
    RECEIVED, ACCEPTED, PROGRESS, HANDLED, REJECTED,
    NOTIFIED, DELIVERED, FAILED, MOVED, CLOSED, DUPLICATE, THROTTLED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for an unknown stage (the schema refuses it first) */
    @JsonCreator
    public static FeedbackStage fromWireName(String wireName) {
        for (FeedbackStage stage : values()) {
            if (stage.wireName().equals(wireName)) {
                return stage;
            }
        }
        throw new IllegalArgumentException("unknown feedback stage: " + wireName);
    }
}
