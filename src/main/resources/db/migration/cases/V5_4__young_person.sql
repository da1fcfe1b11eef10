-- The young person beyond their identity record: education and care, strengths, interests and hopes;
-- their relationships (drawn as an eco-map); other children linked to them, with the reason; and
-- persons of concern named in their case. A person of concern may themselves be a child known to
-- Harbour (dual identity): the link is kept by reference and never changes that child's own record.
CREATE TABLE young_person_profile (
    child_id        UUID PRIMARY KEY,
    education       TEXT,
    care            TEXT,
    strengths       TEXT,
    interests       TEXT,
    hopes           TEXT,
    updated_at      TIMESTAMPTZ NOT NULL,
    updated_by_name TEXT        NOT NULL,
    version         INT         NOT NULL DEFAULT 0
);

CREATE TABLE young_person_relationship (
    id              UUID PRIMARY KEY,
    child_id        UUID        NOT NULL,
    kind            TEXT        NOT NULL,
    name            TEXT        NOT NULL,
    relationship    TEXT,
    closeness       TEXT        NOT NULL,
    notes           TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    created_by_name TEXT        NOT NULL
);
CREATE INDEX young_person_relationship_child_ix ON young_person_relationship (child_id, created_at);

CREATE TABLE linked_child (
    id               UUID PRIMARY KEY,
    child_id         UUID        NOT NULL,
    linked_child_id  UUID        NOT NULL,
    linked_reference TEXT        NOT NULL,
    link_kind        TEXT        NOT NULL,
    reason           TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    created_by_name  TEXT        NOT NULL,
    UNIQUE (child_id, linked_child_id)
);

CREATE TABLE person_of_concern (
    id                UUID PRIMARY KEY,
    child_id          UUID        NOT NULL,
    name              TEXT        NOT NULL,
    description       TEXT,
    concern_child_id  UUID,
    concern_child_ref TEXT,
    created_at        TIMESTAMPTZ NOT NULL,
    created_by_name   TEXT        NOT NULL
);
CREATE INDEX person_of_concern_child_ix ON person_of_concern (child_id);
CREATE INDEX person_of_concern_named_child_ix ON person_of_concern (concern_child_id);
