package city.hotline.router.supervision;

/**
 * SQL shared by the supervision queries over the audit store (db/migration/V1__audit_store.sql). Decisions of
 * source {@code /hotline/router} are the router's; those of {@code /hotline/loop} are the loop tracker's re-routes.
 */
final class AuditSql {

    /**
     * {@code first_decision}: each ticket's first decision by the router, if it falls in the period
     * ({@code :start}, {@code :end}), with {@code day}, its local date in {@code :zone}. A ticket is counted once
     * even if intake ever routed it twice.
     */
    static final String FIRST_DECISIONS = """
            WITH first_decision AS (
                SELECT d.*, (d.decided_at AT TIME ZONE :zone)::date AS day
                FROM decision d
                WHERE d.source = '/hotline/router' AND d.decided_at >= :start AND d.decided_at < :end
                  AND NOT EXISTS (SELECT 1 FROM decision e
                                  WHERE e.ticket_id = d.ticket_id AND e.source = '/hotline/router'
                                    AND (e.decided_at, e.event_id) < (d.decided_at, d.event_id)))
            """;

    /** The line of the latest decision (router's or re-route) of the ticket {@code f}. */
    static final String LATEST_LINE = """
            (SELECT l.line FROM decision l WHERE l.ticket_id = f.ticket_id
             ORDER BY l.decided_at DESC, l.event_id DESC LIMIT 1)""";

    /**
     * {@code dl}: one row per deadline of the ticket state {@code s}, in stored order ({@code dl.n}); read them
     * with {@link #DEADLINE_COLUMNS}.
     */
    static final String DEADLINES = "CROSS JOIN LATERAL jsonb_array_elements(s.deadlines) WITH ORDINALITY AS dl(deadline, n)";

    static final String DEADLINE_COLUMNS = """
            dl.deadline->>'kind' AS deadline_kind, dl.deadline->>'line' AS deadline_line,
            (dl.deadline->>'dueAt')::timestamptz AS deadline_due_at, dl.deadline->>'limit' AS deadline_limit,
            dl.deadline->>'status' AS deadline_status""";

    /**
     * {@code owner}: the item and department a deadline {@code dl} of ticket {@code s} answers for, those of the
     * ticket's latest decision to the deadline's line. After a re-route, the new line's deadlines belong to the
     * re-route (which names no item), not to the item of the line that rejected the ticket.
     */
    static final String DEADLINE_OWNER = """
            LEFT JOIN LATERAL (SELECT o.item, o.department FROM decision o
                               WHERE o.ticket_id = s.ticket_id AND o.line = dl.deadline->>'line'
                               ORDER BY o.decided_at DESC, o.event_id DESC LIMIT 1) owner ON true""";

    static final String DECISION_COLUMNS = """
            event_id, ticket_id, decided_at, source, channel, dialled_line, received_at, taken_by, caller_phone, text,
            address, line, category, item, department, plate, also_notify, rules, matched_facts, needs_review,
            confidence, rulebase_version, took_micros""";

    static final String TICKET_EVENT_COLUMNS = """
            event_id, ticket_id, at, kind, source, line, stage, action, reason, detail, department, overdue_stage, due_at""";

    private AuditSql() {
    }
}
