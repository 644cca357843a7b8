package city.hotline.router.supervision;

import city.hotline.router.supervision.StatisticsReport.OnTimeRate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The supervisors' figures of a period. Each query counts by local day, and the days are added into day or week
 * buckets here, so that both granularities share one SQL path.
 */
class StatisticsQuery {

    /** Tickets by the line of their first decision. */
    private static final String CALLS = AuditSql.FIRST_DECISIONS + """
            SELECT day, line, count(*) AS n FROM first_decision GROUP BY day, line""";

    /**
     * Tickets the router sent to the other partner line than the one dialled, on the day of that decision; and
     * re-routes, by the line of the decision before them, on the day of the re-route.
     */
    private static final String TRANSFERS = AuditSql.FIRST_DECISIONS + """
            SELECT day, dialled_line AS from_line, line AS to_line, count(*) AS n
            FROM first_decision
            WHERE dialled_line IN ('110', '12345') AND line IN ('110', '12345') AND dialled_line <> line
            GROUP BY day, dialled_line, line
            UNION ALL
            SELECT (r.decided_at AT TIME ZONE :zone)::date, previous.line, r.line, count(*)
            FROM decision r
            CROSS JOIN LATERAL (SELECT p.line FROM decision p
                                WHERE p.ticket_id = r.ticket_id AND (p.decided_at, p.event_id) < (r.decided_at, r.event_id)
                                ORDER BY p.decided_at DESC, p.event_id DESC LIMIT 1) previous
            WHERE r.source = '/hotline/loop' AND r.decided_at >= :start AND r.decided_at < :end
              AND previous.line IN ('110', '12345') AND r.line IN ('110', '12345') AND previous.line <> r.line
            GROUP BY 1, 2, 3""";

    /** 有效警情: tickets whose latest decision is 110 and which 110 accepted (and perhaps handled and closed since). */
    private static final String VALID_POLICE_ALERTS = AuditSql.FIRST_DECISIONS + """
            SELECT f.day, count(*) AS n
            FROM first_decision f JOIN ticket_state s ON s.ticket_id = f.ticket_id
            WHERE s.state IN ('accepted', 'handled', 'closed') AND\s""" + AuditSql.LATEST_LINE + " = '110' GROUP BY f.day";

    /** Tickets first decided to 114, and those of them the move-car line reported notified (SMS accepted). */
    private static final String MOVE_CAR = AuditSql.FIRST_DECISIONS + """
            SELECT f.day, count(*) AS tickets,
                   count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ticket_event t
                                                  WHERE t.ticket_id = f.ticket_id AND t.kind = 'feedback'
                                                    AND t.stage = 'notified')) AS notified
            FROM first_decision f
            WHERE f.line = '114'
            GROUP BY f.day""";

    /** Deadlines met and missed of the tickets first decided in the period, by the item and department they answer for. */
    private static final String ON_TIME = AuditSql.FIRST_DECISIONS + """
            SELECT owner.item, owner.department,
                   count(*) FILTER (WHERE dl.deadline->>'status' = 'met') AS met,
                   count(*) FILTER (WHERE dl.deadline->>'status' = 'overdue') AS overdue
            FROM first_decision f JOIN ticket_state s ON s.ticket_id = f.ticket_id
            """ + AuditSql.DEADLINES + "\n" + AuditSql.DEADLINE_OWNER
            + " WHERE dl.deadline->>'status' IN ('met', 'overdue') GROUP BY owner.item, owner.department";

    private final JdbcClient jdbc;

    StatisticsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    StatisticsReport report(ReportPeriod period, Granularity granularity) {
        Buckets buckets = Buckets.of(period, granularity);
        byDay(CALLS, period, rs -> buckets.holding(rs).calls(rs.getString("line"), rs.getLong("n")));
        byDay(TRANSFERS, period, rs -> buckets.holding(rs).transfers(rs.getString("from_line"), rs.getString("to_line"),
                rs.getLong("n")));
        byDay(VALID_POLICE_ALERTS, period, rs -> buckets.holding(rs).validPoliceAlerts(rs.getLong("n")));
        byDay(MOVE_CAR, period, rs -> buckets.holding(rs).moveCar(rs.getLong("tickets"), rs.getLong("notified")));
        return new StatisticsReport(period.from(), period.to(), granularity, buckets.list(), onTime(period));
    }

    private void byDay(String sql, ReportPeriod period, RowCallbackHandler eachRow) {
        jdbc.sql(sql).params(period.sqlParams()).query(eachRow);
    }


    private StatisticsReport.OnTime onTime(ReportPeriod period) {
        List<OwnerCounts> counts = jdbc.sql(ON_TIME).params(period.sqlParams())
                .query((rs, row) -> new OwnerCounts(rs.getString("item"), rs.getString("department"),
                        rs.getLong("met"), rs.getLong("overdue")))
                .list();
        return new StatisticsReport.OnTime(rates(counts, OwnerCounts::item), rates(counts, OwnerCounts::department));
    }

    /** Sums the counts by one key, in key order; deadlines whose decision names no such key are left out. */
    private static List<OnTimeRate> rates(List<OwnerCounts> counts, Function<OwnerCounts, String> key) {
        return List.copyOf(counts.stream().filter(count -> key.apply(count) != null)
                .collect(Collectors.toMap(key, count -> OnTimeRate.of(key.apply(count), count.met(), count.overdue()),
                        (a, b) -> OnTimeRate.of(a.key(), a.met() + b.met(), a.overdue() + b.overdue()), TreeMap::new))
                .values());
    }

    /** Every bucket of the period, empty ones included, by the first day of each. */
    private record Buckets(Granularity granularity, Map<LocalDate, BucketTally> tallies) {

        static Buckets of(ReportPeriod period, Granularity granularity) {
            Map<LocalDate, BucketTally> tallies = new LinkedHashMap<>();
            for (LocalDate start = granularity.bucketStart(period.from()); !start.isAfter(period.to());
                 start = granularity.nextBucket(start)) {
                tallies.put(start, new BucketTally(start));
            }
            return new Buckets(granularity, tallies);
        }

        /** The bucket of a row's {@code day}. */
        BucketTally holding(ResultSet rs) throws SQLException {
            return tallies.get(granularity.bucketStart(rs.getObject("day", LocalDate.class)));
        }

        List<StatisticsReport.Bucket> list() {
            return tallies.values().stream().map(BucketTally::bucket).toList();
        }
    }

    private record OwnerCounts(String item, String department, long met, long overdue) {
    }
}
