package city.hotline.rules.facts;

/**
 * The request is a 12345 matter for this department.
 *
 * @param department    departments.csv code
 * @param words         how many of the request's words (lexicon words and transfer items' words) point to it
 * @param items         how many transfer items of the department the request names
 * @param firstPosition where the first of them stands in the text
 */
public record HotlineMatter(String department, int words, int items, int firstPosition) implements Matter {

    /**
     * More words for a department mean it is what the caller is talking about; between as many,
     * the one with a catalogue item (a matter the city has named, not a loose word), then the
     * first mentioned; the code breaks a full tie so that exactly one department wins.
     */
    public boolean outranks(HotlineMatter other) {
        if (words != other.words) {
            return words > other.words;
        }
        if (items != other.items) {
            return items > other.items;
        }
        if (firstPosition != other.firstPosition) {
            return firstPosition < other.firstPosition;
        }
        return department.compareTo(other.department) < 0;
    }
}
