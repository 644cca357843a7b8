package city.hotline.rules.text;

/**
 * Puts free text into one canonical form before anything matches on it: full-width letters,
 * digits and punctuation become half-width, dot and dash variants become one character each,
 * runs of white space become one space, and Latin letters become upper case.
 *
 * <p>The mapping is one character to at most one character, so the result is idempotent and
 * dictionary words normalised the same way match wherever the caller typed them.
 */
public final class TextNormaliser {

    /** What {@link #unify} returns for a character that is dropped altogether. */
    private static final char DROPPED = '\0';

    private TextNormaliser() {
    }

    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = unify(text.charAt(i));
            if (c == DROPPED) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !out.isEmpty()) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(c);
        }
        return out.toString();
    }

    private static char unify(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0); // full-width ASCII block: ＡＢＣ１２３：＃ → ABC123:#
        }
        if (c >= 'a' && c <= 'z') {
            return Character.toUpperCase(c);
        }
        return switch (c) {
            case '\u3000' -> ' ';                                        // ideographic space
            case '\u200B', '\u200C', '\u200D', '\uFEFF' -> DROPPED;      // zero-width characters
            case '\u2022', '\u30FB', '\u2027', '\u2219', '\u22C5', '\uFF65' -> '·';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u3002', '\uFF61' -> '.';                              // 。
            case '\u3001', '\uFF64' -> ',';                              // 、
            case '\u201C', '\u201D', '\u300C', '\u300D' -> '"';
            case '\u2018', '\u2019' -> '\'';
            case '\u3010' -> '[';                                        // 【
            case '\u3011' -> ']';                                        // 】
            default -> c;
        };
    }
}
