-- The young person's voice: their words (stored exactly as typed), when, how and by whom they were
-- gathered, what they agreed to, their own view of their safety and their wishes about sharing.
CREATE TABLE voice_entry (
    id                   UUID PRIMARY KEY,
    case_id              UUID        NOT NULL REFERENCES cases (id),
    their_words          TEXT        NOT NULL,
    said_on              DATE        NOT NULL,
    how_gathered         TEXT        NOT NULL,
    gathered_by          TEXT        NOT NULL,
    consent_to_record    TEXT        NOT NULL,
    consent_to_share     TEXT        NOT NULL,
    safety_in_their_words TEXT,
    safety_rating        INT CHECK (safety_rating BETWEEN 0 AND 10),
    wishes_about_sharing TEXT,
    recorded_at          TIMESTAMPTZ NOT NULL,
    recorded_by          UUID,
    recorded_by_name     TEXT        NOT NULL,
    version              INT         NOT NULL DEFAULT 0
);
CREATE INDEX voice_entry_case_ix ON voice_entry (case_id, said_on DESC, recorded_at DESC);
