package city.hotline.router.whatif;

import city.hotline.router.rulebase.RulebaseChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The what-if runs, with the candidate each tried, so that an approval releases exactly that. */
class WhatIfRuns {

    private static final String COLUMNS = """
            id, created_at, created_by, kind, name, days, live_version, candidate_version, replayed, unmatched,
            changed_line, changed_category, changed_item, changed_department, changed_any, approved_by, approved_at""";
    private static final TypeReference<List<WhatIfRun.Example>> EXAMPLES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    WhatIfRuns(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @return the run with its new id */
    WhatIfRun save(WhatIfRun run, RulebaseChange change) {
        long id = jdbc.sql("""
                        INSERT INTO whatif_run (created_at, created_by, kind, name, content, candidate_version,
                            live_version, days, replayed, unmatched, changed_line, changed_category, changed_item,
                            changed_department, changed_any, examples)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
                        RETURNING id""")
                .params(Timestamp.from(run.createdAt()), run.createdBy(), run.kind(), run.name(), change.content(),
                        run.candidateVersion(), run.liveVersion(), run.days(), run.replayed(), run.unmatched(),
                        run.changed().line(), run.changed().category(), run.changed().item(),
                        run.changed().department(), run.changed().any(), json.writeValueAsString(run.examples()))
                .query(Long.class).single();
        return run.withId(id);
    }

    Optional<WhatIfRun> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + ", examples::text AS examples FROM whatif_run WHERE id = ?")
                .param(id)
                .query((rs, row) -> run(rs, json.readValue(rs.getString("examples"), EXAMPLES)))
                .optional();
    }

    /** Newest first, without their examples. */
    List<WhatIfRun> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM whatif_run ORDER BY created_at DESC, id DESC")
                .query((rs, row) -> run(rs, null))
                .list();
    }

    /** The candidate a run tried. */
    Optional<RulebaseChange> change(long id) {
        return jdbc.sql("SELECT kind, name, content FROM whatif_run WHERE id = ?")
                .param(id)
                .query((rs, row) -> new RulebaseChange(RulebaseChange.Kind.of(rs.getString("kind")), rs.getString("name"),
                        rs.getString("content")))
                .optional();
    }

    /** @return false when the run was approved already (or is not there): a run is approved once */
    boolean approve(long id, String approvedBy, Instant approvedAt) {
        return jdbc.sql("UPDATE whatif_run SET approved_by = ?, approved_at = ? WHERE id = ? AND approved_by IS NULL")
                .params(approvedBy, Timestamp.from(approvedAt), id)
                .update() == 1;
    }

    private static WhatIfRun run(ResultSet rs, List<WhatIfRun.Example> examples) throws SQLException {
        return new WhatIfRun(rs.getLong("id"), instant(rs, "created_at"), rs.getString("created_by"),
                rs.getString("kind"), rs.getString("name"), rs.getInt("days"), rs.getString("live_version"),
                rs.getString("candidate_version"), rs.getInt("replayed"), rs.getInt("unmatched"),
                new WhatIfRun.Changed(rs.getInt("changed_line"), rs.getInt("changed_category"),
                        rs.getInt("changed_item"), rs.getInt("changed_department"), rs.getInt("changed_any")),
                examples, rs.getString("approved_by"), instant(rs, "approved_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
