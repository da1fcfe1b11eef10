CREATE TABLE child (
    id               UUID PRIMARY KEY,
    reference        TEXT        NOT NULL UNIQUE,
    first_name       TEXT        NOT NULL,
    last_name        TEXT        NOT NULL,
    other_names      TEXT,
    date_of_birth    DATE,
    approximate_age  INT,
    sex              TEXT,
    gender           TEXT,
    ethnicity        TEXT,
    disability       TEXT,
    care_status      TEXT,
    address          TEXT,
    postcode         TEXT,
    school           TEXT,
    created_at       TIMESTAMPTZ NOT NULL,
    created_by       UUID,
    updated_at       TIMESTAMPTZ NOT NULL,
    updated_by       UUID,
    updated_by_name  TEXT,
    version          INT         NOT NULL DEFAULT 0,
    CONSTRAINT child_age_known CHECK (date_of_birth IS NOT NULL OR approximate_age IS NOT NULL)
);
CREATE INDEX child_last_name_ix ON child (lower(last_name));
CREATE INDEX child_first_name_ix ON child (lower(first_name));
CREATE INDEX child_dob_ix ON child (date_of_birth);
CREATE SEQUENCE child_reference_seq START 1001;
