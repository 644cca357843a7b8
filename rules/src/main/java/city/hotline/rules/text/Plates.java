package city.hotline.rules.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and normalises Chinese vehicle plates in the forms callers really write them.
 *
 * <p>A plate is a province character, a letter, then five letters or digits (ordinary), four
 * and an ending 挂 学 警 使 领 港 澳, or six (new energy). Letters never include I or O. Between
 * the characters callers put spaces, dots or hyphens ({@code 闽d·12345}, {@code 陕A 7 K 2 9 5});
 * speech-to-text writes spoken digits ({@code 幺 两 拐 洞}) and hears some province characters as
 * homophones ({@code 民} for {@code 闽}). All of these normalise to the plate itself.
 */
public final class Plates {

    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    /** Province characters as speech recognition mishears them; only read where a plate follows. */
    private static final Map<Character, Character> PROVINCE_HOMOPHONES =
            Map.of('民', '闽', '月', '粤', '户', '沪', '山', '陕');
    /** Spoken and Chinese digits, as transcripts write them inside a plate. */
    private static final Map<Character, Character> SPOKEN_DIGITS = Map.ofEntries(
            Map.entry('零', '0'), Map.entry('〇', '0'), Map.entry('洞', '0'),
            Map.entry('一', '1'), Map.entry('幺', '1'), Map.entry('二', '2'), Map.entry('两', '2'),
            Map.entry('三', '3'), Map.entry('四', '4'), Map.entry('五', '5'), Map.entry('六', '6'),
            Map.entry('七', '7'), Map.entry('拐', '7'), Map.entry('八', '8'), Map.entry('九', '9'));
    private static final String ENDINGS = "挂学警使领港澳";
    private static final String SEPARATORS = " ·.-";
    /** At most this many separator characters between two characters of one plate. */
    private static final int MAX_GAP = 3;
    /** How far (in characters) a stated colour such as 黄牌 may stand from the plate. */
    private static final int COLOUR_WINDOW = 12;
    private static final Pattern STATED_COLOUR = Pattern.compile("(黄绿|蓝|黄|绿|白|黑)色?(车牌|牌照|牌)");
    private static final Pattern COLOUR_WORD = Pattern.compile("(黄绿|蓝|黄|绿|白|黑)色?(车牌|牌照|牌)?");

    private Plates() {
    }

    /** Every plate in the text, in the order written. */
    public static List<PlateMatch> findAll(String text) {
        String normalised = TextNormaliser.normalise(text);
        return scan(normalised).stream()
                .map(found -> new PlateMatch(found.plate(), colourNear(normalised, found)))
                .toList();
    }

    /** The plate that {@code raw} is, normalised, or empty when it is not exactly one plate. */
    public static Optional<String> normalise(String raw) {
        String normalised = TextNormaliser.normalise(raw);
        List<Found> found = scan(normalised);
        if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == normalised.length()) {
            return Optional.of(found.get(0).plate());
        }
        return Optional.empty();
    }

    /** Whether a token starts like a plate (province, then letter), readable or not. */
    static boolean startsLikePlate(String token) {
        String normalised = TextNormaliser.normalise(token);
        if (normalised.isEmpty() || province(normalised.charAt(0)) == null) {
            return false;
        }
        int letter = skipSeparators(normalised, 1);
        return letter < normalised.length() && isPlateLetter(normalised.charAt(letter));
    }

    /** The plate colour a token names ({@code 蓝}, {@code 蓝色}, {@code 蓝牌}), or empty. */
    static Optional<String> colourOf(String token) {
        Matcher m = COLOUR_WORD.matcher(token.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A plate and where it stands in the normalised text. */
    record Found(String plate, int start, int end) {
    }

    /** Plates in already normalised text, with their positions. */
    static List<Found> scan(String text) {
        List<Found> plates = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Found found = plateAt(text, i);
            if (found == null) {
                i++;
            } else {
                plates.add(found);
                i = found.end();
            }
        }
        return plates;
    }

    private static Found plateAt(String text, int start) {
        Character province = province(text.charAt(start));
        if (province == null) {
            return null;
        }
        int at = skipSeparators(text, start + 1);
        if (at >= text.length() || !isPlateLetter(text.charAt(at))) {
            return null;
        }
        StringBuilder plate = new StringBuilder().append(province).append(text.charAt(at));

        // Read up to seven characters after the letter, remembering where each one ends and
        // whether it was written right after the previous one (no separator between them).
        List<Character> body = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        List<Boolean> joined = new ArrayList<>();
        int next = at + 1;
        while (body.size() < 7) {
            int c = skipSeparators(text, next);
            Character unit = c < text.length() ? plateUnit(text.charAt(c)) : null;
            if (unit == null) {
                break;
            }
            body.add(unit);
            ends.add(c + 1);
            joined.add(c == next);
            next = c + 1;
        }

        if (body.size() >= 6 && isNewEnergy(body) && !(body.size() > 6 && joined.get(6))) {
            return found(plate, body, 6, start, ends.get(5));
        }
        if (body.size() >= 5 && !(body.size() > 5 && joined.get(5))) {
            return found(plate, body, 5, start, ends.get(4));
        }
        if (body.size() == 4) {
            int e = skipSeparators(text, ends.get(3));
            if (e < text.length() && ENDINGS.indexOf(text.charAt(e)) >= 0) {
                return new Found(plate.append(join(body, 4)).append(text.charAt(e)).toString(), start, e + 1);
            }
        }
        return null;
    }

    /** The province a character stands for, reading homophones as the province; else null. */
    private static Character province(char c) {
        return PROVINCES.indexOf(c) >= 0 ? Character.valueOf(c) : PROVINCE_HOMOPHONES.get(c);
    }

    private static Found found(StringBuilder plate, List<Character> body, int length, int start, int end) {
        return new Found(plate.append(join(body, length)).toString(), start, end);
    }

    private static String join(List<Character> body, int length) {
        StringBuilder s = new StringBuilder();
        body.subList(0, length).forEach(s::append);
        return s.toString();
    }

    /** Small new-energy plates start with a letter A-K then four digits at the end; large ones end in D or F. */
    private static boolean isNewEnergy(List<Character> body) {
        boolean small = body.get(0) >= 'A' && body.get(0) <= 'K' && allDigits(body.subList(2, 6));
        boolean large = allDigits(body.subList(0, 5)) && (body.get(5) == 'D' || body.get(5) == 'F');
        return small || large;
    }

    private static boolean allDigits(List<Character> chars) {
        return chars.stream().allMatch(Character::isDigit);
    }

    private static Character plateUnit(char c) {
        if (c >= '0' && c <= '9' || isPlateLetter(c)) {
            return c;
        }
        return SPOKEN_DIGITS.get(c);
    }

    private static boolean isPlateLetter(char c) {
        return c >= 'A' && c <= 'Z' && c != 'I' && c != 'O';
    }

    private static int skipSeparators(String text, int from) {
        int i = from;
        while (i < text.length() && i - from < MAX_GAP && SEPARATORS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /**
     * The plate colour stated next to the plate: a colour written right after it as its own
     * field ({@code 闽D12345#蓝}, {@code 浙A7K2P9 蓝 ...}), else the nearest 蓝牌/黄色车牌 within a
     * few characters. A bare colour word elsewhere (白色的车) is the car's colour, not the plate's.
     */
    private static String colourNear(String text, Found plate) {
        int after = plate.end();
        while (after < text.length() && " #,".indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        Matcher bare = COLOUR_WORD.matcher(text).region(after, text.length());
        if (after > plate.end() && bare.lookingAt()
                && (bare.end() == text.length() || " #,.".indexOf(text.charAt(bare.end())) >= 0)) {
            return bare.group(1);
        }
        Matcher stated = STATED_COLOUR.matcher(text);
        String nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        while (stated.find()) {
            int distance = stated.end() <= plate.start() ? plate.start() - stated.end()
                    : stated.start() >= plate.end() ? stated.start() - plate.end() : 0;
            if (distance <= COLOUR_WINDOW && distance < nearestDistance) {
                nearest = stated.group(1);
                nearestDistance = distance;
            }
        }
        return nearest;
    }
}
