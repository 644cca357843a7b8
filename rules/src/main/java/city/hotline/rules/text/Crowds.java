package city.hotline.rules.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a crowd stated as a number of people ({@code 三十多个工人}, {@code 50多名村民},
 * {@code 一百多人}): twenty or more people together turn a gathering or a blocked gate into a
 * mass incident, however the number is written.
 */
public final class Crowds {

    /** From this many people on, a group counts as a crowd. */
    static final int CROWD = 20;
    private static final String NUMERALS = "0123456789零〇一二两三四五六七八九十百千";
    /** What follows the number: a measure word, then the people. */
    private static final Pattern PEOPLE_AFTER_NUMBER = Pattern.compile(
            "(?:多|来|余|几)?(?:个|名|号|位)?"
            + "(?:人|工人|村民|家长|业主|群众|学生|员工|男子|男的|青年|小伙子|社会人员|民工|农民工|老人|老太太)");

    private Crowds() {
    }

    /** The phrases in normalised text that state a crowd, in text order. */
    public static List<String> find(String normalisedText) {
        List<String> crowds = new ArrayList<>();
        Matcher people = PEOPLE_AFTER_NUMBER.matcher(normalisedText);
        int i = 0;
        while (i < normalisedText.length()) {
            if (NUMERALS.indexOf(normalisedText.charAt(i)) < 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < normalisedText.length() && NUMERALS.indexOf(normalisedText.charAt(i)) >= 0) {
                i++;
            }
            if (ChineseNumbers.parse(normalisedText.substring(start, i)).orElse(0) >= CROWD
                    && people.region(i, normalisedText.length()).lookingAt()) {
                crowds.add(normalisedText.substring(start, people.end()));
            }
        }
        return crowds;
    }
}
