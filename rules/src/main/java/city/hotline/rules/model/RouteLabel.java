package city.hotline.rules.model;

import city.hotline.rules.facts.ModelVote;

import java.util.regex.Pattern;

/**
 * What the model learns to answer: {@code 110/1}…{@code 110/7}, {@code 114}, or
 * {@code 12345/DEPARTMENT}.
 */
public record RouteLabel(String line, Integer category, String department) {

    private static final Pattern DEPARTMENT = Pattern.compile("[A-Z][A-Z_]*");

    public RouteLabel {
        switch (line) {
            case "110" -> require(category != null && category >= 1 && category <= 7 && department == null,
                    "a 110 label needs a category 1-7 and no department");
            case "114" -> require(category == null && department == null, "a 114 label has no category or department");
            case "12345" -> require(category == null && department != null && DEPARTMENT.matcher(department).matches(),
                    "a 12345 label needs a department code");
            default -> throw new IllegalArgumentException("line must be 110, 12345 or 114: '" + line + "'");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The form the model stores, e.g. {@code 110/6}, {@code 114}, {@code 12345/WATER}. */
    public String name() {
        return ModelVote.answer(line, category, department);
    }

    /** The answer a vote names. */
    public static RouteLabel of(ModelVote vote) {
        return new RouteLabel(vote.line(), vote.category(), vote.department());
    }

    public static RouteLabel parse(String name) {
        String[] parts = name.split("/", 2);
        if (parts.length == 1) {
            return new RouteLabel(parts[0], null, null);
        }
        return "110".equals(parts[0]) ? new RouteLabel("110", Integer.valueOf(parts[1]), null)
                : new RouteLabel(parts[0], null, parts[1]);
    }
}
