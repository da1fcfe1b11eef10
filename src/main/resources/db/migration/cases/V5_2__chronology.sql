-- The case chronology: automatic entries from case activity and entries practitioners write, with
-- significance in words and the young person's own perspective on an entry. Stored as typed.
CREATE TABLE chronology_entry (
    id                        UUID PRIMARY KEY,
    case_id                   UUID        NOT NULL REFERENCES cases (id),
    kind                      TEXT        NOT NULL,
    occurred_on               DATE        NOT NULL,
    occurred_at               TIMESTAMPTZ,
    summary                   TEXT        NOT NULL,
    significance              TEXT        NOT NULL,
    source                    TEXT,
    link                      TEXT,
    recorded_at               TIMESTAMPTZ NOT NULL,
    recorded_by               UUID,
    recorded_by_name          TEXT        NOT NULL,
    young_person_view         TEXT,
    young_person_view_at      TIMESTAMPTZ,
    young_person_view_by_name TEXT,
    version                   INT         NOT NULL DEFAULT 0
);
CREATE INDEX chronology_entry_case_ix ON chronology_entry (case_id, occurred_on DESC, recorded_at DESC);
