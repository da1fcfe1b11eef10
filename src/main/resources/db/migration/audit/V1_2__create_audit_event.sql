-- The append-only audit trail. Each event carries the hash of the one before it.
CREATE TABLE audit_event (
    seq          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id           UUID        NOT NULL UNIQUE,
    occurred_at  TIMESTAMPTZ NOT NULL,
    user_id      UUID,
    username     TEXT,
    agency_id    UUID,
    agency_name  TEXT,
    roles        TEXT,
    action       TEXT        NOT NULL,
    record_type  TEXT,
    record_id    TEXT,
    outcome      TEXT        NOT NULL,
    ip_address   TEXT,
    session_ref  TEXT,
    reason       TEXT,
    detail       TEXT,
    prev_hash    TEXT        NOT NULL,
    hash         TEXT        NOT NULL
);
CREATE INDEX audit_event_record_ix ON audit_event (record_type, record_id, occurred_at);
CREATE INDEX audit_event_user_ix ON audit_event (user_id, occurred_at);
CREATE INDEX audit_event_time_ix ON audit_event (occurred_at);

-- The application may add events and read them, never change or remove them.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${appRole};
