package city.hotline.rules.lexicon;

/** A lexicon word found in a text: its group, the word, and where it starts in the normalised text. */
public record WordHit(WordGroup group, String word, int position) {

    /** Where the word ends (exclusive). */
    public int end() {
        return position + word.length();
    }
}
