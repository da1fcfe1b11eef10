-- A child's case with the CSE service, opened by a screening referral. Issue 4 grows it.
CREATE TABLE cases (
    id             UUID PRIMARY KEY,
    child_id       UUID        NOT NULL,
    status         TEXT        NOT NULL,
    opened_at      TIMESTAMPTZ NOT NULL,
    opened_by      UUID,
    opened_by_name TEXT        NOT NULL,
    version        INT         NOT NULL DEFAULT 0
);
-- One open case per child.
CREATE UNIQUE INDEX cases_one_open_per_child_ix ON cases (child_id) WHERE status = 'OPEN';

-- The concerns that led to a case (a referral opens it or adds to it).
CREATE TABLE case_concern (
    case_id     UUID        NOT NULL REFERENCES cases (id),
    concern_ref TEXT        NOT NULL,
    added_at    TIMESTAMPTZ NOT NULL,
    added_by    UUID,
    PRIMARY KEY (case_id, concern_ref)
);
