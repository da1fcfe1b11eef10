-- Concerns from practitioners (drafts, then submitted) and from the public, and their screening.
-- Free text is stored exactly as typed. "About whom" is kept structured for identity matching.
CREATE SEQUENCE concern_reference_seq START 1;

CREATE TABLE concern (
    id                 UUID PRIMARY KEY,
    reference          TEXT UNIQUE,
    source             TEXT        NOT NULL,
    status             TEXT        NOT NULL,
    reporter_id        UUID,
    reporter_name      TEXT,
    reporter_agency    TEXT,
    -- about whom
    name_unknown       BOOLEAN     NOT NULL DEFAULT FALSE,
    given_names        TEXT,
    family_name        TEXT,
    other_names        TEXT,
    date_of_birth      DATE,
    approximate_age    INT,
    sex                TEXT,
    address            TEXT,
    postcode           TEXT,
    school             TEXT,
    description        TEXT,
    -- what happened
    what_happened      TEXT,
    happened_on        DATE,
    happened_when      TEXT,
    happened_where     TEXT,
    information_source TEXT,
    passed_on_by       TEXT,
    reliability        TEXT,
    reliability_notes  TEXT,
    other_children     TEXT,
    action_taken       TEXT,
    -- public and business reports
    danger_now         TEXT,
    reporter_kind      TEXT,
    business_name      TEXT,
    people_description TEXT,
    contact_name       TEXT,
    contact_phone      TEXT,
    contact_email      TEXT,
    -- its life
    created_at         TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    submitted_at       TIMESTAMPTZ,
    child_id           UUID,
    child_reference    TEXT,
    linked_at          TIMESTAMPTZ,
    linked_by          UUID,
    version            INT         NOT NULL DEFAULT 0,
    CONSTRAINT concern_submitted_has_reference CHECK (status = 'DRAFT' OR reference IS NOT NULL)
);
CREATE INDEX concern_reporter_ix ON concern (reporter_id, updated_at);
CREATE INDEX concern_awaiting_ix ON concern (submitted_at) WHERE status = 'SUBMITTED';
CREATE INDEX concern_child_ix ON concern (child_id);

CREATE TABLE concern_person (
    concern_id      UUID NOT NULL REFERENCES concern (id) ON DELETE CASCADE,
    position        INT  NOT NULL,
    names           TEXT,
    nicknames       TEXT,
    description     TEXT,
    approximate_age TEXT,
    PRIMARY KEY (concern_id, position)
);

CREATE TABLE concern_vehicle (
    concern_id   UUID NOT NULL REFERENCES concern (id) ON DELETE CASCADE,
    position     INT  NOT NULL,
    registration TEXT,
    description  TEXT,
    PRIMARY KEY (concern_id, position)
);

CREATE TABLE concern_phone (
    concern_id UUID NOT NULL REFERENCES concern (id) ON DELETE CASCADE,
    position   INT  NOT NULL,
    number     TEXT,
    notes      TEXT,
    PRIMARY KEY (concern_id, position)
);

CREATE TABLE concern_online_account (
    concern_id UUID NOT NULL REFERENCES concern (id) ON DELETE CASCADE,
    position   INT  NOT NULL,
    platform   TEXT,
    handle     TEXT,
    PRIMARY KEY (concern_id, position)
);

CREATE TABLE concern_place (
    concern_id  UUID NOT NULL REFERENCES concern (id) ON DELETE CASCADE,
    position    INT  NOT NULL,
    name        TEXT,
    description TEXT,
    PRIMARY KEY (concern_id, position)
);

-- What the reporter noted against an indicator prompt. Never counted or scored.
CREATE TABLE concern_observation (
    concern_id UUID NOT NULL REFERENCES concern (id) ON DELETE CASCADE,
    indicator  TEXT NOT NULL,
    note       TEXT NOT NULL,
    PRIMARY KEY (concern_id, indicator)
);

-- One screening decision per concern, with the person's written reasons.
CREATE TABLE screening_decision (
    concern_id      UUID PRIMARY KEY REFERENCES concern (id),
    outcome         TEXT        NOT NULL,
    reasons         TEXT        NOT NULL,
    decided_by      UUID        NOT NULL,
    decided_by_name TEXT        NOT NULL,
    decided_at      TIMESTAMPTZ NOT NULL,
    case_id         UUID
);
