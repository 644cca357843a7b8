package city.hotline.rules.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates ({@code 2018年}, {@code 5月3日}, {@code 2019年6月}): in a report or
 * complaint a date says when something happened, so it is a past cue like {@code 去年}.
 */
public final class CalendarDates {

    private static final Pattern DATE = Pattern.compile(
            "(?:19|20)[0-9]{2} ?年|[0-9一二三四五六七八九十]{1,3} ?月 ?[0-9一二三四五六七八九十]{1,3} ?[日号]");

    private CalendarDates() {
    }

    /** Where each date starts in normalised text, in text order. */
    public static List<Integer> find(String normalisedText) {
        List<Integer> starts = new ArrayList<>();
        if (normalisedText.indexOf('年') < 0 && normalisedText.indexOf('月') < 0) {
            return starts;
        }
        Matcher m = DATE.matcher(normalisedText);
        while (m.find()) {
            starts.add(m.start());
        }
        return starts;
    }
}
