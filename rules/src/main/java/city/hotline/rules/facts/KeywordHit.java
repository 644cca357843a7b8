package city.hotline.rules.facts;

/**
 * A lexicon word found in the request.
 *
 * @param group      the lexicon group ({@code theft}, {@code blocking}, {@code water_cut})
 * @param line       the line the group points to: 110, 12345 or 114
 * @param department for a 12345 group, the department that handles it; else {@code null}
 * @param word       the word as found (normalised)
 * @param position   where it starts in the normalised text
 */
public record KeywordHit(String group, String line, String department, String word, int position) implements Evidence {

    @Override
    public String describe() {
        return "keyword:" + group + "=" + word;
    }
}
