package city.hotline.schemas;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the CTI does with a call routed away from the line it arrived on. */
public enum TelephonyAction {
    /** 一键转接: hand the call to the target line; the first agent leaves. */
    @JsonProperty("one-key-transfer") ONE_KEY_TRANSFER,
    /** 三方通话: conference the target line in; caller and first agent stay on the line. */
    @JsonProperty("three-way-call") THREE_WAY_CALL
}
