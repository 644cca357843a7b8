package city.hotline.router.rulebase;

import java.time.Instant;

/**
 * The record of every rulebase version made live and who approved it. The audit role keeps it (next to the
 * what-if runs that tried the versions first); an instance without that role has none and records nothing.
 */
public interface ReleaseHistory {

    /**
     * @param version   the rulebase version released
     * @param change    the part that was replaced
     * @param whatIfRun the what-if run that tried it before its approval; null for a catalogue released directly
     */
    record Entry(String version, RulebaseChange change, String submittedBy, Instant submittedAt, String approvedBy,
                 Instant approvedAt, Long whatIfRun) {
    }

    void record(Entry entry);
}
