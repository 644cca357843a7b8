package city.hotline.rules.lexicon;

/**
 * A concept's word found in a text.
 *
 * @param group          the concept
 * @param word           the word as found
 * @param position       where it starts in the normalised text
 * @param thesaurusClass the Cilin atom group that brought the word in, or {@code null} for a curated word
 */
public record WordHit(WordGroup group, String word, int position, String thesaurusClass) {

    /** Where the word ends (exclusive). */
    public int end() {
        return position + word.length();
    }
}
