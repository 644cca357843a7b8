package city.hotline.router.supervision;

import com.fasterxml.jackson.annotation.JsonValue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;

/** The size of a statistics bucket. Weeks start on Monday, as the city's weekly reports do. */
enum Granularity {
    DAY, WEEK;

    @JsonValue
    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The first day of the bucket that holds {@code day}. */
    LocalDate bucketStart(LocalDate day) {
        return this == DAY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    LocalDate nextBucket(LocalDate start) {
        return this == DAY ? start.plusDays(1) : start.plusWeeks(1);
    }

    static Granularity fromWireName(String name, String value) {
        return Arrays.stream(values()).filter(granularity -> granularity.wireName().equals(value)).findFirst()
                .orElseThrow(() -> new BadParameterException(name, name + " must be day or week, not " + value));
    }
}
