package city.hotline.rules.text;

import java.util.List;
import java.util.Optional;

/**
 * Which words a text does not state as fact: those the caller denies ({@code 没着火},
 * {@code 不是打架}, {@code 没有人受伤}), supposes ({@code 万一发生火灾}, {@code 防止交通事故}) or names
 * as a risk ({@code 火灾隐患}, {@code 倒塌风险}).
 *
 * <p>A negation or hypothesis covers a word that starts shortly after it in the same clause;
 * a risk word covers the word just before it. Between them there may be no clause break and no
 * {@code 了}, which closes the phrase ({@code 没钱了被骗了} denies nothing). Look-alikes that
 * only contain a negation ({@code 有没有}, {@code 是不是}) are kept out by the dictionary's
 * longest-match rule before they get here.
 */
public final class Denials {

    /** How a grammar word bears on the word it covers. */
    public enum Kind {
        /** 没有, 不是: covers a word up to {@value #NEGATION_REACH} characters after it. */
        NEGATION,
        /** 如果, 万一, 防止: covers a word up to {@value #HYPOTHESIS_REACH} characters after it. */
        HYPOTHESIS,
        /** 隐患, 风险: covers a word ending up to {@value #RISK_REACH} characters before it. */
        RISK
    }

    static final int NEGATION_REACH = 4;
    static final int HYPOTHESIS_REACH = 6;
    static final int RISK_REACH = 2;
    private static final String BREAKS = ",.!?;: 了";

    /** A grammar word's place in the text. */
    public record Marker(Kind kind, int start, int end) {
    }

    private final String text;
    private final List<Marker> markers;

    public Denials(String text, List<Marker> markers) {
        this.text = text;
        this.markers = List.copyOf(markers);
    }

    /** Why the word at {@code [start, end)} is not stated as fact, or empty when it is. */
    public Optional<Kind> of(int start, int end) {
        for (Marker marker : markers) {
            boolean covers = switch (marker.kind()) {
                case NEGATION -> reaches(marker.end(), start, NEGATION_REACH);
                case HYPOTHESIS -> reaches(marker.end(), start, HYPOTHESIS_REACH);
                case RISK -> reaches(end, marker.start(), RISK_REACH);
            };
            if (covers) {
                return Optional.of(marker.kind());
            }
        }
        return Optional.empty();
    }

    private boolean reaches(int from, int to, int reach) {
        if (to < from || to - from > reach) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (BREAKS.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
