package city.hotline.router.whatif;

import java.time.Instant;

/**
 * A rulebase version that was made live.
 *
 * @param kind        what its release replaced: {@code catalogue} or {@code drl}
 * @param whatifRunId the what-if run that tried it before its approval; null for a catalogue released directly
 * @param live        whether it serves now
 */
public record RulebaseVersion(String version, String kind, String submittedBy, Instant submittedAt, String approvedBy,
                              Instant approvedAt, Long whatifRunId, boolean live) {
}
