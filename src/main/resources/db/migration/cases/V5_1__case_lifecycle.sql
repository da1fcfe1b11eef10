-- The case's life: status with reasons, key worker with history, closure and follow-up, re-referral.
ALTER TABLE cases
    ADD COLUMN status_changed_at   TIMESTAMPTZ,
    ADD COLUMN status_reason       TEXT,
    ADD COLUMN closed_at           TIMESTAMPTZ,
    ADD COLUMN follow_up_on        DATE,
    ADD COLUMN reopened_at         TIMESTAMPTZ,
    ADD COLUMN key_worker_id       UUID,
    ADD COLUMN key_worker_name     TEXT,
    ADD COLUMN key_worker_since    TIMESTAMPTZ,
    ADD COLUMN re_referral_after   TIMESTAMPTZ,
    ADD COLUMN updated_at          TIMESTAMPTZ,
    ADD COLUMN updated_by_name     TEXT;

-- A child has at most one case that is not closed (open or stepped down).
DROP INDEX cases_one_open_per_child_ix;
CREATE UNIQUE INDEX cases_one_active_per_child_ix ON cases (child_id) WHERE status <> 'CLOSED';
CREATE INDEX cases_key_worker_ix ON cases (key_worker_id) WHERE status <> 'CLOSED';

-- Every key worker a case has had, so continuity (or its absence) is visible.
CREATE TABLE case_allocation (
    id                UUID PRIMARY KEY,
    case_id           UUID        NOT NULL REFERENCES cases (id),
    key_worker_id     UUID        NOT NULL,
    key_worker_name   TEXT        NOT NULL,
    allocated_at      TIMESTAMPTZ NOT NULL,
    ended_at          TIMESTAMPTZ,
    reason            TEXT,
    allocated_by_name TEXT        NOT NULL
);
CREATE INDEX case_allocation_case_ix ON case_allocation (case_id, allocated_at);
