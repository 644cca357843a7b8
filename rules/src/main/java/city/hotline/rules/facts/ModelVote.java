package city.hotline.rules.facts;

/**
 * The learned model's opinion of the request (city.hotline.rules.model.RouterModel): the line it
 * gives most probability to, summed over that line's labels, and within the line its most probable
 * category or department.
 *
 * @param line       110, 12345 or 114
 * @param category   the 110 category, or {@code null}
 * @param department the 12345 department, or {@code null}
 * @param score      the model's probability for this category or department (for 114, the line), 0-1
 * @param lineScore  the model's probability for the line, all its categories or departments together, 0-1:
 *                   "police, category 1 or 2" is a surer police reading than either category alone
 */
public record ModelVote(String line, Integer category, String department, double score, double lineScore)
        implements Evidence {

    /** How the model names an answer: {@code 110/6}, {@code 114}, {@code 12345/WATER}. */
    public static String answer(String line, Integer category, String department) {
        return category != null ? line + "/" + category : department != null ? line + "/" + department : line;
    }

    @Override
    public String describe() {
        return "model:" + answer(line, category, department) + "@" + hundredths(score)
                + " (line " + line + "@" + hundredths(lineScore) + ")";
    }

    private static String hundredths(double probability) {
        long hundredths = Math.round(probability * 100);
        return hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100;
    }
}
