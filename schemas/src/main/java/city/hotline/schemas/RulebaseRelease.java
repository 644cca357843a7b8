package city.hotline.schemas;

import java.time.Instant;
import java.util.Map;

/**
 * The data of {@code city.hotline.rulebase.released}: a checked rulebase for every router instance to serve,
 * as the parts that differ from the one shipped in the jar. The topic keeps only the latest release, so each
 * one carries every part that differs, not just the part that changed.
 *
 * @param catalogueName    the file name its errors are reported under
 * @param catalogueCsv     the whole catalogue as CSV text
 * @param drlFiles         DRL files that replace the jar's, by file name ({@code precedence.drl}); null when the
 *                         jar's serve, so that a catalogue-only release stays readable by instances that predate it
 * @param candidateVersion the rulebase version it was checked as
 * @param releasedAt       when it was released
 */
public record RulebaseRelease(String catalogueName, String catalogueCsv, Map<String, String> drlFiles,
                              String candidateVersion, Instant releasedAt) {

    public RulebaseRelease {
        drlFiles = drlFiles == null || drlFiles.isEmpty() ? null : Map.copyOf(drlFiles);
    }
}
