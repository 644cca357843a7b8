package city.hotline.rules.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What the learned model reads of a request: its segmented words (digits read as 0), the concepts
 * stated as fact, and the text its character bigrams are taken from, which survive a segmentation or
 * speech-recognition error that splits a word.
 *
 * <p>Kept in parts rather than as feature names because the scorer in the router looks each part up
 * in a table of its own (a bigram as two chars, with no string made for it); {@link #featureNames()}
 * gives the names the model was trained on.
 */
public record ModelInput(List<String> words, List<String> concepts, String text) {

    static final String WORD = "w:";
    static final String CONCEPT = "c:";
    static final String BIGRAM = "b:";

    public ModelInput {
        words = List.copyOf(words);
        concepts = List.copyOf(concepts);
    }

    /**
     * The feature names, in Tribuo's form: {@code w:} words, {@code c:} concepts, {@code b:} bigrams.
     * A feature may stand twice; the model counts presence, not counts.
     */
    public List<String> featureNames() {
        List<String> names = new ArrayList<>(words.size() + concepts.size() + text.length());
        words.forEach(word -> names.add(WORD + word));
        concepts.forEach(concept -> names.add(CONCEPT + concept));
        for (int i = 0; i + 1 < text.length(); i++) {
            if (isBigram(text.charAt(i), text.charAt(i + 1))) {
                names.add(BIGRAM + text.substring(i, i + 2));
            }
        }
        return names;
    }

    /** Letters only: a bigram holds no digit, space or punctuation. */
    static boolean isBigram(char first, char second) {
        return Character.isLetter(first) && Character.isLetter(second);
    }

    /** The key the scorer files a bigram under: its two UTF-16 units in one int. */
    static int bigramKey(char first, char second) {
        return first << Character.SIZE | second;
    }
}
