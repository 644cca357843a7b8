package city.hotline.rules.lexicon;

import java.util.List;

/**
 * One row of the lexicon: words that mean the same thing to the router.
 *
 * @param name       the group's name, which the DRL rules refer to ({@code theft}, {@code blocking})
 * @param line       the line its words point to ({@code 110}, {@code 12345}, {@code 114}), or
 *                   {@code cue} for words that only qualify a matter (someone hurt, a crowd), or
 *                   {@code grammar} for words about how the rest is said (a negation, a time)
 * @param department for a 12345 group, the departments.csv code that handles it; else {@code null}
 * @param words      the words, normalised as {@link city.hotline.rules.text.TextNormaliser} does
 */
public record WordGroup(String name, String line, String department, List<String> words) {

    public static final String CUE = "cue";
    public static final String GRAMMAR = "grammar";

    public WordGroup {
        words = List.copyOf(words);
    }

    /** Qualifies a matter or says how the text is said; routes nothing by itself. */
    public boolean isCue() {
        return CUE.equals(line) || isGrammar();
    }

    public boolean isGrammar() {
        return GRAMMAR.equals(line);
    }
}
