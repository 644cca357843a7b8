package city.hotline.rules.calendar;

import city.hotline.rules.catalogue.TimeLimit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When a time limit started at a given instant falls due, for the loop tracker's deadline timers.
 *
 * <ul>
 *   <li><b>Minutes and hours</b> ({@code 30m}, {@code 2h}) are plain durations from the start,
 *       whatever the hour, weekday or holiday: they are the limits of police and urgent matters,
 *       which are handled around the clock.</li>
 *   <li><b>Days and working days</b> ({@code 3d}, {@code 5wd}) are periods counted the way the PRC
 *       Civil Code counts them. The start day is not counted and counting begins the next day
 *       (民法典 第二百零一条), and a period ends at 24:00 of its last day (第二百零三条), which is
 *       00:00 of the following day in the zone. So a matter received at 08:00 and one received at
 *       23:50 of the same day fall due together, and neither loses its first day.
 *       <ul>
 *         <li>{@code Nd} ends at 24:00 of the N-th calendar day after the start day.</li>
 *         <li>{@code Nwd} ends at 24:00 of the N-th working day of the {@link WorkingCalendar}
 *             after the start day; the start day does not count even when it is a working
 *             day.</li>
 *       </ul></li>
 * </ul>
 *
 * <p>第二百零三条 also moves a period whose last day is a statutory day off to the end of that
 * rest; that is not applied to {@code Nd}. The catalogue writes {@code d} for limits that run
 * through weekends and holidays, and {@code wd} where days off should not count.
 *
 * <p>Beyond {@link WorkingCalendar#coveredUntil()} working days are Monday to Friday.
 */
public final class DueTimes {

    private final WorkingCalendar calendar;
    private final ZoneId zone;

    /** @param zone where days begin and end: the city's zone, e.g. Asia/Shanghai */
    public DueTimes(WorkingCalendar calendar, ZoneId zone) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public Instant dueAt(Instant start, TimeLimit limit) {
        Objects.requireNonNull(start, "start");
        LocalDate startDay = start.atZone(zone).toLocalDate();
        return switch (limit.unit()) {
            case MINUTES -> start.plus(Duration.ofMinutes(limit.amount()));
            case HOURS -> start.plus(Duration.ofHours(limit.amount()));
            case DAYS -> endOf(startDay.plusDays(limit.amount()));
            case WORKING_DAYS -> endOf(nthWorkingDayAfter(startDay, limit.amount()));
        };
    }

    private LocalDate nthWorkingDayAfter(LocalDate startDay, int n) {
        LocalDate day = startDay;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** 24:00 of {@code day}: the first instant of the next day, even where a clock change skips midnight. */
    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
