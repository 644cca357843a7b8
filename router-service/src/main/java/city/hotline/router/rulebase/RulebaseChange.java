package city.hotline.router.rulebase;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One part of the rulebase replaced: the whole transfer-item catalogue, or one DRL file. What a supervisor tries
 * in a what-if and approves, and what the rulebase history records.
 *
 * @param kind    what is replaced
 * @param name    the catalogue's file name (its errors are reported under it), or the DRL file replaced
 * @param content the whole new text
 */
public record RulebaseChange(Kind kind, String name, String content) {

    public enum Kind {
        CATALOGUE, DRL;

        /** As the API and the history write it: {@code catalogue}, {@code drl}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @throws IllegalArgumentException for anything but a {@link #wireName()} */
        public static Kind of(String wireName) {
            return Arrays.stream(values()).filter(kind -> kind.wireName().equals(wireName)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("kind is catalogue or drl, not " + wireName));
        }
    }

    /** @throws IllegalArgumentException when a DRL change names a file that is not DRL (the lexicon, say) */
    public RulebaseChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        if (kind == Kind.DRL && !name.endsWith(".drl")) {
            throw new IllegalArgumentException("a DRL change replaces a .drl file of the rulebase, not " + name);
        }
    }
}
