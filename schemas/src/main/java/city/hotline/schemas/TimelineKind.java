package city.hotline.schemas;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a {@link TimelineEntry} records. */
public enum TimelineKind {
    /** The router decided a line and handed the ticket over. */
    @JsonProperty("routed") ROUTED,
    /** A partner rejected the ticket and the loop tracker sent it to the other line. */
    @JsonProperty("rerouted") REROUTED,
    /** Feedback applied as posted. */
    @JsonProperty("feedback") FEEDBACK,
    /** A stage the partner skipped, implied by a later stage (accepted implies received). */
    @JsonProperty("implied") IMPLIED,
    /** Feedback for an earlier stage that arrived after a later one: recorded, state unchanged. */
    @JsonProperty("late") LATE,
    /** Feedback the loop refused (see the reason); the state did not change. */
    @JsonProperty("refused") REFUSED,
    /** An escalation (督办, patrol or supervisor review). */
    @JsonProperty("escalated") ESCALATED,
    /** A deadline passed; the partner was reminded. */
    @JsonProperty("reminded") REMINDED,
    /** The outcome was sent back to the line that first received the matter. */
    @JsonProperty("outcome") OUTCOME,
    /** A telephony command (one-key transfer, three-way call) was sent to the CTI. */
    @JsonProperty("telephony") TELEPHONY
}
