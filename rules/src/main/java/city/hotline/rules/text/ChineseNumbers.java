package city.hotline.rules.text;

import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads the small counts callers say in words ({@code 三十}, {@code 五六十}, {@code 一百}, {@code 两百})
 * or digits. A range such as {@code 三四十} reads as its lower end.
 */
public final class ChineseNumbers {

    private static final Map<Character, Integer> DIGITS = Map.ofEntries(
            Map.entry('零', 0), Map.entry('〇', 0), Map.entry('一', 1), Map.entry('二', 2), Map.entry('两', 2),
            Map.entry('三', 3), Map.entry('四', 4), Map.entry('五', 5), Map.entry('六', 6), Map.entry('七', 7),
            Map.entry('八', 8), Map.entry('九', 9));
    private static final Map<Character, Integer> UNITS = Map.of('十', 10, '百', 100, '千', 1000);

    private ChineseNumbers() {
    }

    public static OptionalInt parse(String numeral) {
        if (numeral.isEmpty()) {
            return OptionalInt.empty();
        }
        if (numeral.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return numeral.length() > 9 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(numeral));
        }
        int total = 0;
        Integer pending = null;
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            if (DIGITS.containsKey(c)) {
                if (pending == null) {
                    pending = DIGITS.get(c);
                } // a second digit in a row (三四十) is the upper end of a range: the lower one is kept
            } else if (UNITS.containsKey(c)) {
                total += (pending == null ? 1 : pending) * UNITS.get(c); // 十 alone is ten
                pending = null;
            } else {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(total + (pending == null ? 0 : pending));
    }
}
