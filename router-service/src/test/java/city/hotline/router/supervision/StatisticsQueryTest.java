package city.hotline.router.supervision;

import city.hotline.router.supervision.StatisticsReport.Bucket;
import city.hotline.router.supervision.StatisticsReport.MoveCar;
import city.hotline.router.supervision.StatisticsReport.OnTimeRate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static city.hotline.router.supervision.KnownDay.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The figures of the {@link KnownDay}, against counts made by hand from its table. */
class StatisticsQueryTest {

    private static final Map<String, Long> NO_TRANSFERS = Map.of("110→12345", 0L, "12345→110", 0L);
    private static final MoveCar NO_MOVE_CAR = new MoveCar(0, 0, 0.0);

    private final StatisticsQuery statistics = new StatisticsQuery(KnownDayStore.jdbc());

    @Test
    void theKnownDayCountsAsByHand() {
        StatisticsReport report = statistics.report(period(DAY, DAY), Granularity.DAY);

        assertThat(report.buckets()).singleElement().isEqualTo(new Bucket(DAY,
                // 110: T110A, T110B, T12345B, T110D, T110E; 12345: T110C, T12345A; 114: T114A, T114B, T114C
                Map.of("110", 5L, "12345", 2L, "114", 3L),
                // dialled 110, decided 12345: T110C; re-routed 110 → 12345: T110D; dialled 12345, decided 110: T12345B
                Map.of("110→12345", 2L, "12345→110", 1L),
                // T110A accepted, T110B closed, T12345B accepted; not T110D (now 12345's) nor T110E (only received)
                3,
                // T114A and T114B notified, T114C failed
                new MoveCar(3, 2, 2.0 / 3)));
    }

    @Test
    void everyLineAndBothDirectionsAreListedInOrderEvenWhenZero() {
        Bucket sunday = statistics.report(period(DAY.minusDays(1), DAY.minusDays(1)), Granularity.DAY).buckets().get(0);

        assertThat(sunday.callsPerLine()).containsExactly(entry("110", 0L), entry("12345", 1L), entry("114", 0L));
        assertThat(sunday.transfers()).containsExactly(entry("110→12345", 0L), entry("12345→110", 0L));
        assertThat(sunday.moveCar()).isEqualTo(NO_MOVE_CAR);
    }

    @Test
    void daysAreTheCitysDaysAndEmptyDaysAreListed() {
        StatisticsReport report = statistics.report(period(DAY.minusDays(1), DAY.plusDays(1)), Granularity.DAY);

        assertThat(report.buckets()).extracting(Bucket::start).containsExactly(DAY.minusDays(1), DAY, DAY.plusDays(1));
        // T12345D at 23:30 on the 22nd stays there; T110B at 00:30 on the 23rd (the 22nd in UTC) counts on the 23rd
        assertThat(report.buckets()).extracting(bucket -> bucket.callsPerLine().values().stream().mapToLong(n -> n).sum())
                .containsExactly(1L, 10L, 0L);
    }

    @Test
    void weeksStartOnMonday() {
        StatisticsReport report = statistics.report(period(DAY.minusDays(1), DAY.plusDays(7)), Granularity.WEEK);

        assertThat(report.granularity()).isEqualTo(Granularity.WEEK);
        assertThat(report.buckets()).containsExactly(
                new Bucket(LocalDate.of(2026, 11, 16), Map.of("110", 0L, "12345", 1L, "114", 0L), NO_TRANSFERS, 0,
                        NO_MOVE_CAR),
                // the known Monday and T110F on Wednesday the 25th
                new Bucket(DAY, Map.of("110", 6L, "12345", 2L, "114", 3L), Map.of("110→12345", 2L, "12345→110", 1L),
                        3, new MoveCar(3, 2, 2.0 / 3)),
                new Bucket(LocalDate.of(2026, 11, 30), Map.of("110", 0L, "12345", 1L, "114", 0L), NO_TRANSFERS, 0,
                        NO_MOVE_CAR));
    }

    @Test
    void aWeekStartingBeforeThePeriodCountsOnlyThePeriodsDays() {
        StatisticsReport report = statistics.report(period(DAY.plusDays(2), DAY.plusDays(2)), Granularity.WEEK);

        assertThat(report.buckets()).singleElement().satisfies(week -> {
            assertThat(week.start()).isEqualTo(DAY);
            assertThat(week.callsPerLine()).containsEntry("110", 1L).containsEntry("12345", 0L).containsEntry("114", 0L);
        });
    }

    @Test
    void onTimeRatesCountMetAndOverdueDeadlinesByItemAndDepartment() {
        StatisticsReport.OnTime onTime = statistics.report(period(DAY, DAY), Granularity.DAY).onTime();

        // TI001: T110C's accept overdue; TI002: T12345A's accept and feedback met; TI101: T12345B's receive and accept
        // met. T110A and T110E decided no item; pending and cancelled deadlines do not count.
        assertThat(onTime.byItem()).containsExactly(
                OnTimeRate.of("TI001", 0, 1), OnTimeRate.of("TI002", 2, 0), OnTimeRate.of("TI101", 2, 0));
        // PUBLIC_SECURITY: T110B's accept met and finish overdue, and T110D's receive met while it was 110's; T110D's
        // deadline at 12345 belongs to the re-route, which names no department
        assertThat(onTime.byDepartment()).containsExactly(
                OnTimeRate.of("HOUSING", 0, 1), OnTimeRate.of("PUBLIC_SECURITY", 2, 1), OnTimeRate.of("URBAN_MGMT", 2, 0));
        assertThat(onTime.byDepartment().get(1).rate()).isEqualTo(2.0 / 3);
    }

    private static ReportPeriod period(LocalDate from, LocalDate to) {
        return new ReportPeriod(from, to, KnownDay.ZONE);
    }
}
