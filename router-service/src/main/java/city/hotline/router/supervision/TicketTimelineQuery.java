package city.hotline.router.supervision;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Optional;

/** Reads one ticket's decisions, events and state: the supervisors' why-view. */
class TicketTimelineQuery {

    private final JdbcClient jdbc;

    TicketTimelineQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return empty when the store holds no decision for the ticket */
    Optional<TicketTimeline> timeline(String ticketId) {
        List<DecisionRow> decisions = jdbc.sql("SELECT " + AuditSql.DECISION_COLUMNS
                        + " FROM decision WHERE ticket_id = :ticketId ORDER BY decided_at, event_id")
                .param("ticketId", ticketId).query(Rows::decision).list();
        if (decisions.isEmpty()) {
            return Optional.empty();
        }
        List<TicketEventRow> events = jdbc.sql("SELECT " + AuditSql.TICKET_EVENT_COLUMNS
                        + " FROM ticket_event WHERE ticket_id = :ticketId ORDER BY at, event_id")
                .param("ticketId", ticketId).query(Rows::ticketEvent).list();
        return Optional.of(new TicketTimeline(ticketId, state(ticketId).orElse(null), decisions, events));
    }

    private Optional<TicketStateView> state(String ticketId) {
        List<DeadlineView> deadlines = jdbc.sql("SELECT " + AuditSql.DEADLINE_COLUMNS + " FROM ticket_state s "
                        + AuditSql.DEADLINES + " WHERE s.ticket_id = :ticketId ORDER BY dl.n")
                .param("ticketId", ticketId).query(Rows::deadline).list();
        return jdbc.sql("SELECT state, line, first_receiver, hops, updated_at FROM ticket_state WHERE ticket_id = :ticketId")
                .param("ticketId", ticketId)
                .query((rs, row) -> new TicketStateView(rs.getString("state"), rs.getString("line"),
                        rs.getString("first_receiver"), rs.getInt("hops"), Rows.instant(rs, "updated_at"), deadlines))
                .optional();
    }
}
