package city.hotline.rules.lexicon;

import java.util.List;

/**
 * One concept of the concept table (lexicon.csv): what the router means by a word group, given
 * as thesaurus classes plus curated words, minus exclusions.
 *
 * @param name       the concept's name, which the DRL rules refer to ({@code theft}, {@code blocking})
 * @param line       the line its words point to ({@code 110}, {@code 12345}, {@code 114}), or
 *                   {@code cue} for words that only qualify a matter (someone hurt, a crowd), or
 *                   {@code grammar} for words about how the rest is said (a negation, a time), or
 *                   {@code frame} for words that only fill a frame's slot (a place, a person, a
 *                   complaint), which, like grammar words, never hide a matter word they overlap
 * @param department for a 12345 group, the departments.csv code that handles it; else {@code null}
 * @param classes    Cilin class codes (any prefix of an eight-character code, e.g. {@code Hi44})
 *                   whose words count too, as whole words of the segmented text
 * @param words      curated words and phrases, normalised as {@link city.hotline.rules.text.TextNormaliser}
 *                   does, found anywhere in the text (a phrase may span several segmented words)
 * @param exclusions words a class brings in that do not mean this concept
 */
public record WordGroup(String name, String line, String department, List<String> classes, List<String> words,
                        List<String> exclusions) {

    public static final String CUE = "cue";
    public static final String GRAMMAR = "grammar";
    public static final String FRAME = "frame";

    public WordGroup {
        classes = List.copyOf(classes);
        words = List.copyOf(words);
        exclusions = List.copyOf(exclusions);
    }

    /** Qualifies a matter or says how the text is said; routes nothing by itself. */
    public boolean isCue() {
        return CUE.equals(line) || FRAME.equals(line) || isGrammar();
    }

    /** Matched in a pass of its own, apart from the matter words, so it never hides one. */
    public boolean matchedApart() {
        return isGrammar() || FRAME.equals(line);
    }

    public boolean isGrammar() {
        return GRAMMAR.equals(line);
    }
}
