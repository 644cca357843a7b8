package city.hotline.rules.facts;

/**
 * The line the precedence rules chose, with its category or department: inserted once, so the
 * rules that name the transfer item and the services 110 also alerts can follow the decision.
 */
public record Decided(String line, Integer category, String department) {
}
