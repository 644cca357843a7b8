package city.hotline.router.supervision;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

/** Finds the missed deadlines of open tickets and the escalations of a period. */
class OverdueQuery {

    private final JdbcClient jdbc;
    private final Clock clock;

    OverdueQuery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Deadlines are overdue when the tracker marked them so, or when they are still pending past their time: the
     * tracker's timer may not have fired yet. Closed tickets need no chasing, whatever they missed. The missed
     * deadlines are those of today, whatever the period: an old one still open is the first to chase.
     */
    OverdueReport report(ReportPeriod period) {
        List<OverdueDeadline> overdue = jdbc.sql("SELECT s.ticket_id, s.line, s.state, owner.item, owner.department, "
                        + AuditSql.DEADLINE_COLUMNS + " FROM ticket_state s " + AuditSql.DEADLINES + " "
                        + AuditSql.DEADLINE_OWNER + """
                         WHERE s.state <> 'closed'
                          AND (dl.deadline->>'status' = 'overdue'
                               OR (dl.deadline->>'status' = 'pending' AND (dl.deadline->>'dueAt')::timestamptz < :now))
                        ORDER BY deadline_due_at, s.ticket_id, dl.n""")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new OverdueDeadline(rs.getString("ticket_id"), rs.getString("line"),
                        rs.getString("state"), rs.getString("item"), rs.getString("department"), Rows.deadline(rs, row)))
                .list();
        List<TicketEventRow> escalations = jdbc.sql("SELECT " + AuditSql.TICKET_EVENT_COLUMNS + """
                         FROM ticket_event WHERE kind = 'escalation' AND at >= :start AND at < :end
                        ORDER BY at DESC, event_id DESC""")
                .params(period.sqlParams()).query(Rows::ticketEvent).list();
        return new OverdueReport(overdue, escalations);
    }
}
