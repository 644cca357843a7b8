package city.hotline.router.supervision;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds routing decisions, router's and re-routes alike, by when they were taken and what they decided. */
class DecisionSearch {

    private final JdbcClient jdbc;

    DecisionSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DecisionPage search(ReportPeriod period, DecisionCriteria criteria) {
        List<String> conditions = new ArrayList<>(List.of("decided_at >= :start", "decided_at < :end"));
        Map<String, Object> params = new HashMap<>(period.sqlParams());
        filter(conditions, params, "line = :line", "line", criteria.line());
        filter(conditions, params, "category = :category", "category", criteria.category());
        filter(conditions, params, "item = :item", "item", criteria.item());
        filter(conditions, params, "department = :department", "department", criteria.department());
        filter(conditions, params, ":rule = ANY (rules)", "rule", criteria.rule());
        filter(conditions, params, "rulebase_version = :rulebaseVersion", "rulebaseVersion", criteria.rulebaseVersion());
        filter(conditions, params, "channel = :channel", "channel", criteria.channel());
        filter(conditions, params, "text ILIKE :text", "text", criteria.text() == null ? null
                : "%" + escapeLike(criteria.text()) + "%");
        String where = " WHERE " + String.join(" AND ", conditions);

        long total = jdbc.sql("SELECT count(*) FROM decision" + where).params(params).query(Long.class).single();
        List<DecisionRow> items = jdbc.sql("SELECT " + AuditSql.DECISION_COLUMNS + " FROM decision" + where
                        + " ORDER BY decided_at DESC, event_id DESC LIMIT :size OFFSET :offset")
                .params(params).param("size", criteria.size()).param("offset", criteria.offset())
                .query(Rows::decision).list();
        return new DecisionPage(items, criteria.page(), criteria.size(), total);
    }

    private static void filter(List<String> conditions, Map<String, Object> params, String condition, String param,
                               Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(param, value);
        }
    }

    /** A supervisor searching for "50%" means the characters, not a LIKE wildcard. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
