package city.hotline.router.whatif;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** What the live router decided for tickets, from the audit store. */
class LiveDecisions {

    /** The router's own decisions; the loop's re-routes (source /hotline/loop) came later and for other reasons. */
    static final String ROUTER = "/hotline/router";

    private record Row(String ticketId, Routing routing) {
    }

    private final JdbcClient jdbc;

    LiveDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each ticket's first decision by the router; tickets without one are not in the map. */
    Map<String, Routing> firstRouterDecisions(Collection<String> ticketIds) {
        if (ticketIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        SELECT DISTINCT ON (ticket_id) ticket_id, line, category, item, department
                        FROM decision
                        WHERE source = ? AND ticket_id = ANY (?)
                        ORDER BY ticket_id, decided_at""")
                .params(ROUTER, ticketIds.toArray(String[]::new))
                .query((rs, row) -> new Row(rs.getString("ticket_id"), new Routing(rs.getString("line"),
                        rs.getObject("category", Integer.class), rs.getString("item"), rs.getString("department"))))
                .list().stream()
                .collect(Collectors.toMap(Row::ticketId, Row::routing));
    }
}
