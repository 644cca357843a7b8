package city.hotline.schemas;

import java.time.Instant;

/**
 * The data of {@code city.hotline.rulebase.released}: a checked transfer-item catalogue for every router
 * instance to serve.
 *
 * @param catalogueName    the file name its errors are reported under
 * @param catalogueCsv     the whole catalogue as CSV text
 * @param candidateVersion the rulebase version it was checked as
 * @param releasedAt       when it was released
 */
public record RulebaseRelease(String catalogueName, String catalogueCsv, String candidateVersion, Instant releasedAt) {
}
