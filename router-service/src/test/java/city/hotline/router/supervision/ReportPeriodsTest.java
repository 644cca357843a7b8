package city.hotline.router.supervision;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportPeriodsTest {

    /** 00:30 on the 24th in Xiamen, still the 23rd in UTC. */
    private final ReportPeriods periods = new ReportPeriods(KnownDay.ZONE,
            Clock.fixed(Instant.parse("2026-11-23T16:30:00Z"), ZoneOffset.UTC));
    private final LocalDate today = LocalDate.of(2026, 11, 24);

    @Test
    void withoutDatesThePeriodIsTodayInTheCitysZone() {
        assertThat(periods.of(null, null)).isEqualTo(new ReportPeriod(today, today, KnownDay.ZONE));
    }

    @Test
    void aMissingDateIsTodayUnlessThatWouldTurnThePeriodAround() {
        assertThat(periods.of(today.minusDays(3), null).to()).isEqualTo(today);
        assertThat(periods.of(today.plusDays(3), null).to()).isEqualTo(today.plusDays(3));
        assertThat(periods.of(null, today.minusDays(3)).from()).isEqualTo(today.minusDays(3));
        assertThat(periods.of(null, today.plusDays(3)).from()).isEqualTo(today);
    }

    @Test
    void thePeriodRunsFromTheStartOfFromToTheEndOfToInTheCitysZone() {
        ReportPeriod period = periods.of(KnownDay.DAY, KnownDay.DAY);

        assertThat(period.start()).isEqualTo(Instant.parse("2026-11-22T16:00:00Z"));
        assertThat(period.end()).isEqualTo(Instant.parse("2026-11-23T16:00:00Z"));
    }

    @Test
    void toBeforeFromOrMoreThanAYearIsRefusedNamingTo() {
        assertThatThrownBy(() -> periods.of(today, today.minusDays(1)))
                .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.parameter()).isEqualTo("to"));
        assertThatThrownBy(() -> periods.of(today.minusDays(ReportPeriods.MAX_DAYS), today))
                .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.parameter()).isEqualTo("to"));
        assertThat(periods.of(today.minusDays(ReportPeriods.MAX_DAYS - 1), today).from())
                .isEqualTo(today.minusDays(ReportPeriods.MAX_DAYS - 1));
    }
}
