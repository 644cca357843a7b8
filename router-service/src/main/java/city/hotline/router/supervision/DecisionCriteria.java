package city.hotline.router.supervision;

/**
 * The filters of a decision search, each optional (null: not used), and the page asked for.
 *
 * @param rule one of the rules that fired, matched exactly
 * @param text a fragment of the (masked) ticket text, matched case-insensitively
 */
record DecisionCriteria(String line, Integer category, String item, String department, String rule,
                        String rulebaseVersion, String channel, String text, int page, int size) {

    static final int MAX_SIZE = 200;

    /** Checks the parameters as the API received them; blank ones are not used. */
    static DecisionCriteria of(String line, Integer category, String item, String department, String rule,
                               String rulebaseVersion, String channel, String text, int page, int size) {
        return new DecisionCriteria(Parameters.line("line", line), Parameters.category("category", category),
                Parameters.optional("item", item), Parameters.optional("department", department), Parameters.optional("rule", rule),
                Parameters.optional("rulebaseVersion", rulebaseVersion), Parameters.channel("channel", channel),
                Parameters.optional("text", text),
                Parameters.between("page", page, 0, Integer.MAX_VALUE), Parameters.between("size", size, 1, MAX_SIZE));
    }

    long offset() {
        return (long) page * size;
    }
}
