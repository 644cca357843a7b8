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
public record ModelVote(String line, Integer category, String department, double score) implements Evidence {


    @Override
    public String describe() {
        String answer = category != null ? line + "/" + category : department != null ? line + "/" + department : line;
        long hundredths = Math.round(score * 100);
        return "model:" + answer + "@" + hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100;
    }
}
