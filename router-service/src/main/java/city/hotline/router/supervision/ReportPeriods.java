package city.hotline.router.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Turns the {@code from} and {@code to} parameters into a period of a year at most. Each defaults to today, unless
 * that would turn the period around (only a past {@code to}, or only a future {@code from}, given): then to the
 * day given.
 */
class ReportPeriods {

    /** Long enough for a year's report, short enough that one request cannot scan the whole store. */
    static final int MAX_DAYS = 366;

    private final ZoneId zone;
    private final Clock clock;

    ReportPeriods(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    ReportPeriod of(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate first = from != null ? from : to != null && to.isBefore(today) ? to : today;
        LocalDate last = to != null ? to : from != null && from.isAfter(today) ? from : today;
        if (last.isBefore(first)) {
            throw new BadParameterException("to", "to (" + last + ") is before from (" + first + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new BadParameterException("to", "a period is at most " + MAX_DAYS + " days; " + first + " to " + last
                    + " is longer");
        }
        return new ReportPeriod(first, last, zone);
    }
}
