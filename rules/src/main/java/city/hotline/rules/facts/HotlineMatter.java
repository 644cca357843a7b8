package city.hotline.rules.facts;

/**
 * The request is a 12345 matter for this department.
 *
 * @param department    departments.csv code
 * @param words         how many of the request's words point to the department
 * @param firstPosition where the first of them stands in the text
 */
public record HotlineMatter(String department, int words, int firstPosition) implements Matter {

    /** More words for a department mean it is what the caller is talking about; a tie goes to the first mentioned. */
    public boolean outranks(HotlineMatter other) {
        return words > other.words || words == other.words && firstPosition < other.firstPosition;
    }
}
