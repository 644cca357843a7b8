package city.hotline.router.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The days a supervisor asked about, both inclusive, reckoned in the city's zone: a call at 00:30 in Xiamen
 * belongs to that day, though it is the previous day in UTC.
 */
record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    /** The first instant of {@code from}. */
    Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after {@code to}. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** {@code :start}, {@code :end} (a half-open range of timestamps) and {@code :zone} for the queries. */
    Map<String, Object> sqlParams() {
        return Map.of("start", start().atOffset(ZoneOffset.UTC), "end", end().atOffset(ZoneOffset.UTC), "zone", zone.getId());
    }
}
