package city.hotline.rules.facts;

/**
 * A lexicon word found in the request.
 *
 * @param group      the lexicon group ({@code theft}, {@code blocking}, {@code water_cut})
 * @param line       the line the group points to: 110, 12345 or 114
 * @param department for a 12345 group, the department that handles it; else {@code null}
 * @param word       the word as found (normalised)
 * @param position   where it starts in the normalised text
 * @param past       the word is told as past (a past cue before it in its sentence, no present one)
 * @param via        the Cilin thesaurus class that brought the word in, or {@code null} for a curated word
 */
public record KeywordHit(String group, String line, String department, String word, int position, boolean past,
                         String via)
        implements Evidence, HotlineSignal {

    @Override
    public int weight() {
        return 1;
    }

    @Override
    public int items() {
        return 0;
    }

    @Override
    public String describe() {
        return "keyword:" + group + "=" + word + (via == null ? "" : " (thesaurus " + via + ")");
    }
}
