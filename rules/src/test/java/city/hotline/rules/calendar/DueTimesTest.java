package city.hotline.rules.calendar;

import city.hotline.rules.catalogue.TimeLimit;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class DueTimesTest {

    private static final DueTimes DUE = new DueTimes(WorkingCalendar.fromClasspath(), ZoneId.of("Asia/Shanghai"));

    /** Due time of {@code limit} started at {@code start}, both in Beijing time. */
    private static OffsetDateTime due(String start, String limit) {
        return DUE.dueAt(beijing(start).toInstant(), TimeLimit.of(limit)).atOffset(ZoneOffset.ofHours(8));
    }

    private static OffsetDateTime beijing(String dateTime) {
        return OffsetDateTime.parse(dateTime + "+08:00");
    }

    @Test
    void aWorkingDayLimitSkipsTheWeekendAndEndsAtMidnight() {
        // Friday 2025-03-07 is not counted although worked; the first working day after it is Monday.
        assertThat(due("2025-03-07T10:00", "1wd")).isEqualTo(beijing("2025-03-11T00:00"));
    }

    @Test
    void aWorkingDayLimitStartedLateOrEarlyFallsDueTheSame() {
        assertThat(due("2025-03-04T00:00", "2wd")).isEqualTo(due("2025-03-04T23:59", "2wd"))
                .isEqualTo(beijing("2025-03-07T00:00"));
    }

    @Test
    void aMakeUpSaturdayCountsAsAWorkingDay() {
        // 2026-10-10 is a Saturday worked for National Day (国庆节 10月10日 上班).
        assertThat(due("2026-10-09T16:00", "1wd")).isEqualTo(beijing("2026-10-11T00:00"));
    }

    @Test
    void nationalDayHolidaysAreSkipped() {
        // October 1-7 2026 are off; Thursday 2026-10-08 is the first working day.
        assertThat(due("2026-09-30T09:00", "1wd")).isEqualTo(beijing("2026-10-09T00:00"));
    }

    @Test
    void springFestival2026CountsItsMakeUpDaysAndSkipsTheBreak() {
        // Sat 02-14 worked, 02-15 to 02-23 off, then Tue 02-24 and Wed 02-25.
        assertThat(due("2026-02-13T09:00", "3wd")).isEqualTo(beijing("2026-02-26T00:00"));
        // Sat 02-28 worked: Fri 02-27 + 1wd ends with it.
        assertThat(due("2026-02-27T09:00", "1wd")).isEqualTo(beijing("2026-03-01T00:00"));
    }

    @Test
    void aLimitStartedOnAHolidayCountsFromTheFirstWorkingDayAfter() {
        assertThat(due("2026-10-03T11:00", "1wd")).isEqualTo(beijing("2026-10-09T00:00"));
        assertThat(due("2025-01-29T20:00", "2wd")).isEqualTo(beijing("2025-02-07T00:00"));
    }

    @Test
    void hoursAndMinutesArePlainDurationsAcrossMidnightAndHolidays() {
        assertThat(due("2026-09-30T23:00", "2h")).isEqualTo(beijing("2026-10-01T01:00"));
        assertThat(due("2026-10-01T23:45", "30m")).isEqualTo(beijing("2026-10-02T00:15"));
        assertThat(due("2026-02-14T12:00", "48h")).isEqualTo(beijing("2026-02-16T12:00"));
    }

    @Test
    void calendarDaysCountWeekendsAndHolidays() {
        // Thursday + 3d: Friday, Saturday, Sunday; ends at 24:00 on Sunday.
        assertThat(due("2025-03-06T10:00", "3d")).isEqualTo(beijing("2025-03-10T00:00"));
        assertThat(due("2026-09-30T10:00", "3d")).isEqualTo(beijing("2026-10-04T00:00"));
    }

    @Test
    void beyondTheCalendarOnlyWeekendsAreDaysOff() {
        // 2027-01-01 (Friday) will likely be 元旦, but 2027 is not announced: it counts as worked.
        assertThat(due("2026-12-31T10:00", "1wd")).isEqualTo(beijing("2027-01-02T00:00"));
        assertThat(due("2027-01-01T10:00", "1wd")).isEqualTo(beijing("2027-01-05T00:00"));
    }

    @Test
    void daysEndAtTheZonesMidnight() {
        DueTimes utc = new DueTimes(WorkingCalendar.fromClasspath(), ZoneId.of("UTC"));
        // 2025-03-07T01:00+08:00 is still Thursday 03-06 in UTC.
        Instant start = beijing("2025-03-07T01:00").toInstant();
        assertThat(utc.dueAt(start, TimeLimit.of("1wd"))).isEqualTo(Instant.parse("2025-03-08T00:00:00Z"));
    }
}
