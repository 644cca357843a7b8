package city.hotline.router.whatif;

import city.hotline.router.rulebase.ReleaseHistory;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.util.List;

/** The history of the rulebase versions made live: who submitted and approved each, and when. */
class RulebaseVersions implements ReleaseHistory {

    private final JdbcClient jdbc;

    RulebaseVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A version made live again (a rollback) keeps one row, which then tells its latest approval. */
    @Override
    public void record(Entry entry) {
        jdbc.sql("""
                        INSERT INTO rulebase_version (version, kind, name, content, submitted_by, submitted_at, approved_by,
                            approved_at, whatif_run_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (version) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name,
                            content = EXCLUDED.content, submitted_by = EXCLUDED.submitted_by,
                            submitted_at = EXCLUDED.submitted_at, approved_by = EXCLUDED.approved_by,
                            approved_at = EXCLUDED.approved_at, whatif_run_id = EXCLUDED.whatif_run_id""")
                .params(entry.version(), entry.change().kind().wireName(), entry.change().name(), entry.change().content(),
                        entry.submittedBy(), Timestamp.from(entry.submittedAt()), entry.approvedBy(),
                        Timestamp.from(entry.approvedAt()), entry.whatIfRun())
                .update();
    }

    /** Newest approval first; {@code live} marks the version serving now. */
    List<RulebaseVersion> list(String liveVersion) {
        return jdbc.sql("""
                        SELECT version, kind, submitted_by, submitted_at, approved_by, approved_at, whatif_run_id
                        FROM rulebase_version ORDER BY approved_at DESC""")
                .query((rs, row) -> new RulebaseVersion(rs.getString("version"), rs.getString("kind"),
                        rs.getString("submitted_by"), WhatIfRuns.instant(rs, "submitted_at"), rs.getString("approved_by"),
                        WhatIfRuns.instant(rs, "approved_at"), rs.getObject("whatif_run_id", Long.class),
                        rs.getString("version").equals(liveVersion)))
                .list();
    }
}
