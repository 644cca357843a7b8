-- The supervisors' audit store: every routing decision and every ticket event, as the topics carry them
-- (phone numbers already masked there), keyed by CloudEvents id so that re-reading a topic changes nothing.
-- Rebuildable from the topics at any time (docs/audit.md).

CREATE TABLE decision (
    event_id         text PRIMARY KEY,
    ticket_id        text             NOT NULL,
    decided_at       timestamptz      NOT NULL,
    source           text             NOT NULL,  -- /hotline/router, or /hotline/loop for a re-route
    channel          text             NOT NULL,
    dialled_line     text,
    received_at      timestamptz      NOT NULL,
    taken_by         text,
    caller_phone     text,                        -- masked
    text             text             NOT NULL,  -- masked
    address          text,
    latitude         double precision,
    longitude        double precision,
    external_id      text,
    line             text             NOT NULL,
    category         integer,
    item             text,
    department       text,
    plate            text,
    plate_colour     text,
    also_notify      text[]           NOT NULL,
    rules            text[]           NOT NULL,
    matched_facts    text[]           NOT NULL,
    needs_review     boolean          NOT NULL,
    confidence       double precision NOT NULL,
    rulebase_version text             NOT NULL,
    took_micros      bigint           NOT NULL
);
CREATE INDEX decision_decided_at ON decision (decided_at);
CREATE INDEX decision_ticket ON decision (ticket_id, decided_at);
CREATE INDEX decision_line ON decision (line, decided_at);
CREATE INDEX decision_item ON decision (item);
CREATE INDEX decision_department ON decision (department);
CREATE INDEX decision_rulebase ON decision (rulebase_version);
CREATE INDEX decision_rules ON decision USING gin (rules);

-- Feedback (ticket.feedback) and escalations (ticket.escalations), one row per event.
CREATE TABLE ticket_event (
    event_id      text PRIMARY KEY,
    ticket_id     text        NOT NULL,
    at            timestamptz NOT NULL,
    kind          text        NOT NULL,  -- feedback | escalation
    source        text        NOT NULL,
    line          text        NOT NULL,
    stage         text,                  -- feedback stage
    action        text,                  -- escalation action
    reason        text,
    detail        text,
    department    text,
    overdue_stage text,
    due_at        timestamptz
);
CREATE INDEX ticket_event_ticket ON ticket_event (ticket_id, at);
CREATE INDEX ticket_event_kind ON ticket_event (kind, at);

-- The loop tracker's latest view of each ticket (ticket.tracks, compacted): state and deadlines.
CREATE TABLE ticket_state (
    ticket_id      text PRIMARY KEY,
    event_id       text        NOT NULL,
    updated_at     timestamptz NOT NULL,
    state          text        NOT NULL,
    line           text        NOT NULL,
    first_receiver text        NOT NULL,
    hops           integer     NOT NULL,
    deadlines      jsonb       NOT NULL
);
CREATE INDEX ticket_state_state ON ticket_state (state);
