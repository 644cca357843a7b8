package city.hotline.router.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The figures of a period by day or week, and how often deadlines were met over the whole period. */
record StatisticsReport(LocalDate from, LocalDate to, Granularity granularity, List<Bucket> buckets, OnTime onTime) {

    /**
     * One day, or one week from its Monday (which may fall before {@code from}; only days of the period count).
     *
     * @param callsPerLine      tickets by the line of their first decision, for 110, 12345 and 114
     * @param transfers         hand-overs between 110 and 12345 by direction ({@code 110→12345}, {@code 12345→110})
     * @param validPoliceAlerts 有效警情: 110 matters that 110 took on
     */
    record Bucket(LocalDate start, Map<String, Long> callsPerLine, Map<String, Long> transfers, long validPoliceAlerts,
                  MoveCar moveCar) {
    }

    /** 114 tickets, and how many of them reached the owner by SMS. */
    record MoveCar(long tickets, long notified, double notifiedShare) {
    }

    record OnTime(List<OnTimeRate> byItem, List<OnTimeRate> byDepartment) {
    }

    /** Deadlines met and missed for one item or department; {@code rate} = met / (met + overdue). */
    record OnTimeRate(String key, long met, long overdue, double rate) {

        static OnTimeRate of(String key, long met, long overdue) {
            return new OnTimeRate(key, met, overdue, met + overdue == 0 ? 0 : (double) met / (met + overdue));
        }
    }
}
