-- Chronology entries the team wrote can be corrected (new wording, date, significance or source,
-- with a reason) or withdrawn (shown struck through, with a reason); the team can add notes to any
-- entry, automatic ones included. Nothing is ever deleted or lost: before an entry changes, the
-- database itself copies its earlier state into chronology_entry_history, which the application
-- role can read but not write, change or delete; the application role cannot delete entries or
-- notes, nor change notes; and automatic entries, and who wrote an entry and when, never change.

ALTER TABLE chronology_entry
    ADD COLUMN status          TEXT NOT NULL DEFAULT 'CURRENT',
    ADD COLUMN changed_at      TIMESTAMPTZ,
    ADD COLUMN changed_by      UUID,
    ADD COLUMN changed_by_name TEXT,
    ADD COLUMN change_reason   TEXT,
    ADD CONSTRAINT chronology_entry_status_ck
        CHECK (status IN ('CURRENT', 'CORRECTED', 'WITHDRAWN')),
    ADD CONSTRAINT chronology_entry_change_ck
        CHECK ((status = 'CURRENT') = (changed_at IS NULL)
               AND (changed_at IS NULL) = (change_reason IS NULL));

-- Every earlier state of an entry: what it said, and how that state came about (written, or a
-- correction with its reason). version is the entry's version while it was in that state.
CREATE TABLE chronology_entry_history (
    entry_id        UUID        NOT NULL REFERENCES chronology_entry (id),
    version         INT         NOT NULL,
    occurred_on     DATE        NOT NULL,
    summary         TEXT        NOT NULL,
    significance    TEXT        NOT NULL,
    source          TEXT,
    status          TEXT        NOT NULL,
    changed_at      TIMESTAMPTZ,
    changed_by      UUID,
    changed_by_name TEXT,
    change_reason   TEXT,
    superseded_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (entry_id, version)
);

CREATE TABLE chronology_note (
    id               UUID PRIMARY KEY,
    entry_id         UUID        NOT NULL REFERENCES chronology_entry (id),
    text             TEXT        NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL,
    recorded_by      UUID        NOT NULL,
    recorded_by_name TEXT        NOT NULL
);
CREATE INDEX chronology_note_entry_ix ON chronology_note (entry_id, recorded_at);

-- Runs as its owner (the migration role), so the history is written only here.
CREATE FUNCTION chronology_entry_keep_history() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
    IF (NEW.id, NEW.case_id, NEW.kind, NEW.occurred_at, NEW.link, NEW.recorded_at,
        NEW.recorded_by, NEW.recorded_by_name)
       IS DISTINCT FROM
       (OLD.id, OLD.case_id, OLD.kind, OLD.occurred_at, OLD.link, OLD.recorded_at,
        OLD.recorded_by, OLD.recorded_by_name) THEN
        RAISE EXCEPTION 'who wrote a chronology entry, when, and its kind cannot be changed';
    END IF;
    IF (NEW.occurred_on, NEW.summary, NEW.significance, NEW.source, NEW.status)
       IS NOT DISTINCT FROM
       (OLD.occurred_on, OLD.summary, OLD.significance, OLD.source, OLD.status) THEN
        RETURN NEW;
    END IF;
    IF OLD.kind <> 'MANUAL' THEN
        RAISE EXCEPTION 'an automatic chronology entry cannot be changed: add a note instead';
    END IF;
    IF OLD.status = 'WITHDRAWN' THEN
        RAISE EXCEPTION 'a withdrawn chronology entry cannot be changed';
    END IF;
    INSERT INTO chronology_entry_history (entry_id, version, occurred_on, summary, significance,
                                          source, status, changed_at, changed_by,
                                          changed_by_name, change_reason, superseded_at)
    VALUES (OLD.id, OLD.version, OLD.occurred_on, OLD.summary, OLD.significance, OLD.source,
            OLD.status, OLD.changed_at, OLD.changed_by, OLD.changed_by_name, OLD.change_reason,
            now());
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION chronology_entry_keep_history() FROM PUBLIC;

CREATE TRIGGER chronology_entry_keep_history_tr
    BEFORE UPDATE ON chronology_entry
    FOR EACH ROW EXECUTE FUNCTION chronology_entry_keep_history();

REVOKE DELETE, TRUNCATE ON chronology_entry FROM ${appRole};
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON chronology_entry_history FROM ${appRole};
REVOKE UPDATE, DELETE, TRUNCATE ON chronology_note FROM ${appRole};
