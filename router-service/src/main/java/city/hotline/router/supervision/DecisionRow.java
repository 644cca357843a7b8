package city.hotline.router.supervision;

import java.time.Instant;
import java.util.List;

/**
 * One routing decision as the audit store keeps it, with why it was taken: the rules that fired, the facts they
 * matched, the rulebase version and the time the rules took. Phone numbers are masked.
 *
 * @param source {@code /hotline/router} for the router's decision, {@code /hotline/loop} for a re-route after a
 *               rejection
 */
record DecisionRow(String eventId, String ticketId, Instant decidedAt, String source, String channel,
                   String dialledLine, Instant receivedAt, String takenBy, String callerPhone, String text,
                   String address, String line, Integer category, String item, String department, String plate,
                   List<String> alsoNotify, List<String> rules, List<String> matchedFacts, boolean needsReview,
                   double confidence, String rulebaseVersion, long tookMicros) {
}
