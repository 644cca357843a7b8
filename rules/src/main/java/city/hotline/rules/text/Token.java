package city.hotline.rules.text;

/**
 * A word of the segmented text.
 *
 * @param word     the word as it stands in the normalised text
 * @param nature   its part of speech (HanLP's tag set: {@code n} noun, {@code v} verb, {@code m} numeral …)
 * @param position where it starts in the normalised text
 */
public record Token(String word, String nature, int position) {

    /** Where the word ends (exclusive). */
    public int end() {
        return position + word.length();
    }
}
