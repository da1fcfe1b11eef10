-- The language guide. The built-in guide ships as the resource language/guide.yml; rows here
-- overlay it: a row with the id of a built-in entry replaces it (edited or disabled), any other
-- row adds an entry. Each row holds one entry as guide YAML.
CREATE TABLE language_entry (
    id          TEXT        PRIMARY KEY,
    definition  TEXT        NOT NULL,
    enabled     BOOLEAN     NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    updated_by  UUID        NOT NULL,
    version     INTEGER     NOT NULL DEFAULT 0
);

-- What happened to findings, for learning (not blame): never the text, never the practitioner.
-- month is the first day of the month; manager_id is the practitioner's manager (their team).
CREATE TABLE language_finding_event (
    id          BIGSERIAL   PRIMARY KEY,
    entry_id    TEXT        NOT NULL,
    month       DATE        NOT NULL,
    agency_id   UUID        NOT NULL,
    manager_id  UUID,
    outcome     TEXT        NOT NULL CHECK (outcome IN ('KEPT', 'CHANGED'))
);
CREATE INDEX language_finding_event_month_ix ON language_finding_event (month, entry_id);
