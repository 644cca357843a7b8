package city.hotline.schemas;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a deadline is still running, was met, or passed (and raised a 督办 escalation). */
public enum DeadlineStatus {
    @JsonProperty("pending") PENDING,
    @JsonProperty("met") MET,
    @JsonProperty("overdue") OVERDUE,
    /** The ticket left the line before the deadline: re-routed or disputed. */
    @JsonProperty("cancelled") CANCELLED
}
