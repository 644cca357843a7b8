package city.hotline.rules.facts;

/**
 * A word the text does not state as fact: denied ({@code 没着火}, {@code 不是打架}), supposed
 * ({@code 万一发生火灾}) or named as a risk ({@code 火灾隐患}). It concludes nothing.
 *
 * @param group  the lexicon group, or the transfer item's code
 * @param reason {@code negation}, {@code hypothesis} or {@code risk}
 */
public record Denial(String group, String word, String reason) implements Evidence {

    @Override
    public String describe() {
        return reason + ":" + group + "=" + word;
    }
}
