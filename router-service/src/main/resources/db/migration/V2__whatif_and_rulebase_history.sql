-- Rule changes tried before they go live (what-if runs), and the history of every rulebase version made live.

-- A candidate (a whole catalogue, or one DRL file) replayed against the recent intake and compared with what the
-- live router decided. Kept whole, content included, so an approval releases exactly what was tried.
CREATE TABLE whatif_run (
    id                 bigserial PRIMARY KEY,
    created_at         timestamptz NOT NULL,
    created_by         text        NOT NULL,
    kind               text        NOT NULL CHECK (kind IN ('catalogue', 'drl')),
    name               text        NOT NULL,  -- transfer-items.csv, or the DRL file replaced
    content            text        NOT NULL,
    candidate_version  text        NOT NULL,
    live_version       text        NOT NULL,  -- the version serving when the run was made
    days               integer     NOT NULL,
    replayed           integer     NOT NULL,  -- tickets compared
    unmatched          integer     NOT NULL,  -- intake records without a live decision to compare with
    changed_line       integer     NOT NULL,
    changed_category   integer     NOT NULL,
    changed_item       integer     NOT NULL,
    changed_department integer     NOT NULL,
    changed_any        integer     NOT NULL,
    examples           jsonb       NOT NULL,  -- up to 50 changed tickets, text masked
    approved_by        text,
    approved_at        timestamptz
);
CREATE INDEX whatif_run_created_at ON whatif_run (created_at);

-- One row per rulebase version made live: by a what-if approval or a direct catalogue release. A version made live
-- again (a rollback to the shipped catalogue, say) keeps its row, updated to its latest approval.
CREATE TABLE rulebase_version (
    version       text PRIMARY KEY,
    kind          text        NOT NULL CHECK (kind IN ('catalogue', 'drl')),
    name          text        NOT NULL,
    content       text        NOT NULL,
    submitted_by  text        NOT NULL,
    submitted_at  timestamptz NOT NULL,
    approved_by   text        NOT NULL,
    approved_at   timestamptz NOT NULL,
    whatif_run_id bigint REFERENCES whatif_run (id)
);
CREATE INDEX rulebase_version_approved_at ON rulebase_version (approved_at);
