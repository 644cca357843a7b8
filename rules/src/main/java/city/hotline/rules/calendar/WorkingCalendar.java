package city.hotline.rules.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * China's working days: Monday to Friday, less the public holidays, plus the make-up working days
 * (调休补班) on which a Saturday or Sunday is worked to lengthen a break.
 *
 * <p>The holidays and make-up days come from a CSV of {@code date,kind,name} rows, one per date,
 * {@code kind} being {@code holiday} or {@code workday}, {@code #} starting a comment. The State
 * Council announces them a year at a time, so the file covers whole years: {@link #coveredUntil()}
 * is the last day of the last year listed. <b>After that day no holiday is known and only weekends
 * are days off</b>, so a due date computed there may fall on a holiday announced later; the city
 * adds each year's notice to the file when it is published (usually in November).
 */
public final class WorkingCalendar {

    private static final String RESOURCE = "city/hotline/rules/calendar/working-calendar-cn.csv";

    /** Whether each listed date is worked: {@code false} for a holiday, {@code true} for a make-up day. */
    private final NavigableMap<LocalDate, Boolean> listed;

    private WorkingCalendar(Map<LocalDate, Boolean> listed) {
        this.listed = new TreeMap<>(listed);
    }

    /** The calendar shipped with the rules, {@code working-calendar-cn.csv}. */
    public static WorkingCalendar fromClasspath() {
        try (InputStream in = WorkingCalendar.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return read(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads a calendar file.
     *
     * @param sourceName how errors name the file
     * @throws IllegalArgumentException at the first bad line, as {@code sourceName:line: problem}
     */
    public static WorkingCalendar read(String sourceName, String csvText) {
        return new WorkingCalendar(CalendarFile.read(sourceName, csvText));
    }

    public boolean isWorkingDay(LocalDate date) {
        Boolean worked = listed.get(date);
        if (worked != null) {
            return worked;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /**
     * The last day of the last year in the file. Later dates count only weekends as days off:
     * their holidays are not announced yet.
     */
    public LocalDate coveredUntil() {
        return LocalDate.of(listed.lastKey().getYear(), 12, 31);
    }
}
