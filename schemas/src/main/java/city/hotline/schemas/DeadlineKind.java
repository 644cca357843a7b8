package city.hotline.schemas;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which step of the closed loop a deadline is for. */
public enum DeadlineKind {
    /** The partner platform confirms it received the work order (签收). */
    @JsonProperty("receive") RECEIVE,
    /** The partner accepts the matter as its own (受理). */
    @JsonProperty("accept") ACCEPT,
    /** The first feedback after acceptance: progress or the result (反馈). */
    @JsonProperty("feedback") FEEDBACK,
    /** The matter is handled (办结). */
    @JsonProperty("finish") FINISH
}
