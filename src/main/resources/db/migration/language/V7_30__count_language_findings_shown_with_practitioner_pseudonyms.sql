-- The learning view also counts findings shown after a save (SHOWN), and how many practitioners
-- a count covers, so that it can withhold counts that would point at one person.
-- practitioner_key is a pseudonym: a hash of a secret of this installation, the practitioner's id
-- and the month. It lets the view count distinct practitioners in a month without storing who
-- they are; it differs from month to month. Rows from before this migration have none.
ALTER TABLE language_finding_event DROP CONSTRAINT language_finding_event_outcome_check;
ALTER TABLE language_finding_event
    ADD CONSTRAINT language_finding_event_outcome_check
        CHECK (outcome IN ('SHOWN', 'KEPT', 'CHANGED'));
ALTER TABLE language_finding_event ADD COLUMN practitioner_key TEXT;

CREATE TABLE language_learning_secret (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    secret  TEXT    NOT NULL
);
INSERT INTO language_learning_secret (id, secret)
VALUES (1, md5(random()::text || clock_timestamp()::text) || md5(random()::text));
