package city.hotline.rules.facts;

/**
 * The learned model's opinion of the request (city.hotline.rules.model.RouterModel): a line,
 * with the category or department, and the probability the model gives it.
 *
 * @param line       110, 12345 or 114
 * @param category   the 110 category, or {@code null}
 * @param department the 12345 department, or {@code null}
 * @param score      the model's probability for this answer, 0-1
 */
public record ModelVote(String line, Integer category, String department, double score) implements Evidence, HotlineSignal {

    /**
     * A confident vote counts as one more hotline word when the rules weigh departments: it breaks
     * a tie and stands where no word does, but never outvotes the words and items the city wrote.
     */
    private static final int WEIGHT = 1;
    /** Below this probability the vote weighs nothing: the model is guessing. */
    private static final double CONFIDENT = 0.7;

    public boolean atLeast(double threshold) {
        return score >= threshold;
    }

    @Override
    public int weight() {
        return score >= CONFIDENT ? WEIGHT : 0;
    }

    @Override
    public int items() {
        return 0;
    }

    @Override
    public int position() {
        return Integer.MAX_VALUE;
    }

    @Override
    public String describe() {
        String answer = category != null ? line + "/" + category : department != null ? line + "/" + department : line;
        return String.format(java.util.Locale.ROOT, "model:%s@%.2f", answer, score);
    }
}
