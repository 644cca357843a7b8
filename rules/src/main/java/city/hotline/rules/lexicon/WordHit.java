package city.hotline.rules.lexicon;

/** A lexicon word found in a text: its group, the word, and where it starts in the normalised text. */
public record WordHit(WordGroup group, String word, int position) {

    int end() {
        return position + word.length();
    }

    boolean overlaps(WordHit other) {
        return position < other.end() && other.position < end();
    }
}
