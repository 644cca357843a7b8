package city.hotline.router.supervision;

import city.hotline.router.privacy.PhoneMasker;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Reads audit rows into the API's records. Free text is masked again on the way out: the router masks numbers
 * in the ticket text and caller field, but an address, a fact or an escalation detail can carry one that nothing
 * masked before.
 */
final class Rows {

    private Rows() {
    }

    static DecisionRow decision(ResultSet rs, int row) throws SQLException {
        return new DecisionRow(rs.getString("event_id"), rs.getString("ticket_id"), instant(rs, "decided_at"),
                rs.getString("source"), rs.getString("channel"), rs.getString("dialled_line"),
                instant(rs, "received_at"), rs.getString("taken_by"), masked(rs.getString("caller_phone")),
                masked(rs.getString("text")), masked(rs.getString("address")), rs.getString("line"),
                rs.getObject("category", Integer.class), rs.getString("item"), rs.getString("department"),
                rs.getString("plate"), strings(rs.getArray("also_notify")), strings(rs.getArray("rules")),
                strings(rs.getArray("matched_facts")).stream().map(Rows::masked).toList(), rs.getBoolean("needs_review"),
                rs.getDouble("confidence"), rs.getString("rulebase_version"), rs.getLong("took_micros"));
    }

    static TicketEventRow ticketEvent(ResultSet rs, int row) throws SQLException {
        return new TicketEventRow(rs.getString("event_id"), rs.getString("ticket_id"), instant(rs, "at"),
                rs.getString("kind"), rs.getString("source"), rs.getString("line"), rs.getString("stage"),
                rs.getString("action"), rs.getString("reason"), masked(rs.getString("detail")),
                rs.getString("department"), rs.getString("overdue_stage"), instant(rs, "due_at"));
    }

    /** A deadline read with {@link AuditSql#DEADLINE_COLUMNS}. */
    static DeadlineView deadline(ResultSet rs, int row) throws SQLException {
        return new DeadlineView(rs.getString("deadline_kind"), rs.getString("deadline_line"),
                instant(rs, "deadline_due_at"), rs.getString("deadline_limit"), rs.getString("deadline_status"));
    }

    static String masked(String text) {
        return PhoneMasker.maskText(text);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
