package city.hotline.router.supervision;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts the period's tickets by place, line, category and item, from their first decision: the router's, which
 * names the category and item (a re-route names neither).
 */
class HotspotsQuery {

    static final int TOP = 50;

    /**
     * The district: what comes before the first 区 or 县, that character included, after an optional city (厦门市);
     * "厦门市思明区湖滨南路" and "思明区湖滨南路" are both 思明区. An address that names none is grouped by its first
     * 8 characters, about a street's length.
     */
    private static final String PLACE = """
            coalesce(substring(address FROM '^(?:[^区县市]+市)?([^区县]+[区县])'), left(address, 8))""";

    private final JdbcClient jdbc;

    HotspotsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param line only tickets first decided to this line, or null for all */
    HotspotReport hotspots(ReportPeriod period, String line) {
        return new HotspotReport(jdbc.sql(AuditSql.FIRST_DECISIONS + "SELECT " + PLACE + """
                         AS place, line, category, item, count(*) AS n
                        FROM first_decision
                        WHERE nullif(btrim(address), '') IS NOT NULL AND (CAST(:line AS text) IS NULL OR line = :line)
                        GROUP BY 1, line, category, item
                        ORDER BY n DESC, place, line, category NULLS FIRST, item NULLS FIRST
                        LIMIT :top""")
                .params(period.sqlParams()).param("line", line).param("top", TOP)
                .query((rs, row) -> new HotspotReport.Place(Rows.masked(rs.getString("place")), rs.getString("line"),
                        rs.getObject("category", Integer.class), rs.getString("item"), rs.getLong("n")))
                .list());
    }
}
