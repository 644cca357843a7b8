package city.hotline.schemas;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a citizen reached the hotline. The wire form is lower case because the schema's
 * {@code channel} enum is shared with non-Java integrators, who should not see Java naming.
 */
public enum Channel {
    CALL, SMS, WECHAT, OPEN311, EXCHANGE;

    /** The value as it appears in JSON. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Strict on purpose: the schema rejects anything but the lower-case names, so this
     * only ever sees valid values when called from {@link EventCodec}.
     *
     * @throws IllegalArgumentException for an unknown channel
     */
    @JsonCreator
    public static Channel fromWireName(String wireName) {
        for (Channel channel : values()) {
            if (channel.wireName().equals(wireName)) {
                return channel;
            }
        }
        throw new IllegalArgumentException("unknown channel: " + wireName);
    }
}
