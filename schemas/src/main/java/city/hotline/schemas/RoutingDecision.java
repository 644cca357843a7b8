package city.hotline.schemas;

import java.util.List;

/**
 * What the rules decided for one ticket. It carries the fired rule names and matched facts
 * so that a dispatcher who disagrees can see why, without re-running the rules.
 *
 * @param line            the line that handles the ticket: "110", "12345" or "114"
 * @param category        the 110 category 1..7 (法定受理范围), or null for other lines
 * @param item            the transfer item code, or null
 * @param department      the receiving department code (e.g. {@code PUBLIC_SECURITY}), or null
 * @param plate           plate number for the 114 move-car line, or null
 * @param plateColour     plate colour for the 114 move-car line, or null
 * @param alsoNotify      emergency lines to alert as well ("119", "120", "122"); never null
 * @param rules           names of the rules that fired; never null
 * @param matchedFacts    human-readable facts the rules matched on; never null
 * @param needsReview     true when a dispatcher must confirm before the ticket is handed over
 * @param confidence      0..1; how sure the rules are, for ordering the review queue; 0 when the JSON has none
 * @param rulebaseVersion which rule base decided, so that a decision can be reproduced
 * @param tookMicros      rule evaluation time, for the latency budget
 * @param timeLimits      the transfer item's time limits, or null without an item (the line's defaults apply)
 */
public record RoutingDecision(
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
        long tookMicros,
        TimeLimits timeLimits) {

    public RoutingDecision {
        alsoNotify = alsoNotify == null ? List.of() : List.copyOf(alsoNotify);
        rules = rules == null ? List.of() : List.copyOf(rules);
        matchedFacts = matchedFacts == null ? List.of() : List.copyOf(matchedFacts);
    }
}
