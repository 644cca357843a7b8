package city.hotline.rules.text;

import java.util.List;

/**
 * Whether a word is told as past: a past cue ({@code 昨天}, {@code 上个月}) stands before it in the
 * same sentence and no present cue ({@code 正在}, {@code 刚刚}) does. Sentences end at
 * {@code . ! ? ;}; a comma does not end one ({@code 去年八月，我在路上出了车祸}).
 */
public final class Tense {

    private static final String SENTENCE_ENDS = ".!?;";

    private final String text;
    private final List<Integer> pastCues;
    private final List<Integer> presentCues;

    /** @param pastCues where past cues start; {@code presentCues} where present cues start */
    public Tense(String text, List<Integer> pastCues, List<Integer> presentCues) {
        this.text = text;
        this.pastCues = List.copyOf(pastCues);
        this.presentCues = List.copyOf(presentCues);
    }

    public boolean isPast(int position) {
        return pastCues.stream().anyMatch(cue -> sameSentenceBefore(cue, position))
                && presentCues.stream().noneMatch(cue -> sameSentenceBefore(cue, position));
    }

    private boolean sameSentenceBefore(int cue, int position) {
        if (cue >= position) {
            return false;
        }
        for (int i = cue; i < position; i++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
