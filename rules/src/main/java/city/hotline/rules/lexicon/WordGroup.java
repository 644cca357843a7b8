package city.hotline.rules.lexicon;

import java.util.List;

/**
 * One row of the lexicon: words that mean the same thing to the router.
 *
 * @param name       the group's name, which the DRL rules refer to ({@code theft}, {@code blocking})
 * @param line       the line its words point to ({@code 110}, {@code 12345}, {@code 114}), or
 *                   {@code cue} for words that only qualify a matter (someone hurt, a crowd)
 * @param department for a 12345 group, the departments.csv code that handles it; else {@code null}
 * @param words      the words, normalised as {@link city.hotline.rules.text.TextNormaliser} does
 */
public record WordGroup(String name, String line, String department, List<String> words) {

    public static final String CUE = "cue";

    public WordGroup {
        words = List.copyOf(words);
    }

    public boolean isCue() {
        return CUE.equals(line);
    }
}
