package city.hotline.rules;

import java.util.List;

/**
 * Where a request goes and why.
 *
 * @param line            "110", "12345" or "114"
 * @param category        the 110 category 1-7; {@code null} for other lines
 * @param item            the transfer item code; {@code null} until the catalogue exists
 * @param department      for 12345, a departments.csv code, {@code null} when none is recognised
 * @param plate           for 114, the normalised plate, {@code null} when not readable or not 114
 * @param plateColour     for 114, the plate colour when stated, else {@code null}
 * @param alsoNotify      services 110 also dispatches: 119 fire, 120 ambulance, 122 traffic police
 * @param rules           names of the rules that fired, in firing order
 * @param matchedFacts    readable facts those rules matched, e.g. {@code keyword:theft=被偷}
 * @param needsReview     a person must confirm: nothing was recognised, or a danger sign went to 110 without a category rule (a three-way call on a live call)
 * @param confidence      0.9 for one clear matter, lower when precedence settled a conflict, 0.2 for review
 * @param rulebaseVersion content hash of the rulebase that decided
 * @param tookMicros      time the classification took, in microseconds
 */
public record Classification(
        String line,
        Integer category,
        String item,
        String department,
        String plate,
        String plateColour,
        List<String> alsoNotify,
        List<String> rules,
        List<String> matchedFacts,
        boolean needsReview,
        double confidence,
        String rulebaseVersion,
        long tookMicros) {

    public Classification {
        alsoNotify = List.copyOf(alsoNotify);
        rules = List.copyOf(rules);
        matchedFacts = List.copyOf(matchedFacts);
    }
}
