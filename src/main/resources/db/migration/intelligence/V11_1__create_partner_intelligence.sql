-- Partner intelligence (docs/adr/022). A submission is what a partner knows, in their own words,
-- with how they know it. Partners never grade: the police intelligence unit grades it 3x5x2,
-- writes the sanitised text that may travel, and decides the outcome with reasons.
CREATE TABLE intel_submission (
    id                     UUID PRIMARY KEY,
    reference              TEXT        NOT NULL UNIQUE,
    status                 TEXT        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'TRIAGED')),
    submitted_by           UUID        NOT NULL REFERENCES app_user (id),
    submitted_by_name      TEXT        NOT NULL,
    submitted_by_agency    TEXT        NOT NULL,
    what_known             TEXT        NOT NULL DEFAULT '',
    how_known              TEXT CHECK (how_known IN ('SAW', 'HEARD', 'TOLD')),
    told_by                TEXT,
    mention                TEXT CHECK (mention IN ('FIRST', 'REPEATED', 'NOT_KNOWN')),
    others_who_know        TEXT,
    children_described     TEXT,
    risk_now               BOOLEAN     NOT NULL DEFAULT FALSE,
    risk_now_details       TEXT,
    deadline_at            TIMESTAMPTZ,
    acknowledged_by        UUID REFERENCES app_user (id),
    acknowledged_by_name   TEXT,
    acknowledged_at        TIMESTAMPTZ,
    source_kind            TEXT CHECK (source_kind IN ('CONCERN', 'CASE')),
    source_id              UUID,
    nothing_identifying    BOOLEAN     NOT NULL DEFAULT FALSE,
    source_evaluation      TEXT CHECK (source_evaluation IN ('1', '2', '3')),
    intelligence_assessment TEXT CHECK (intelligence_assessment IN ('A', 'B', 'C', 'D', 'E')),
    handling               TEXT CHECK (handling IN ('P', 'C')),
    handling_conditions    TEXT,
    sanitised_text         TEXT,
    outcome                TEXT CHECK (outcome IN ('RECORDED', 'CRIME_REPORT',
                                                   'SAFEGUARDING_REFERRAL', 'NO_FURTHER_ACTION')),
    outcome_reasons        TEXT,
    triaged_by             UUID REFERENCES app_user (id),
    triaged_by_name        TEXT,
    triaged_at             TIMESTAMPTZ,
    created_at             TIMESTAMPTZ NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL,
    submitted_at           TIMESTAMPTZ,
    version                INT         NOT NULL,
    request_key            UUID        NOT NULL UNIQUE,
    CONSTRAINT intel_graded_together CHECK (
        (status = 'TRIAGED') = (outcome IS NOT NULL AND triaged_at IS NOT NULL)),
    CONSTRAINT intel_conditions_written CHECK (handling IS DISTINCT FROM 'C'
        OR coalesce(btrim(handling_conditions), '') <> '')
);
CREATE INDEX intel_submission_queue_ix ON intel_submission (status, risk_now DESC, submitted_at);
CREATE INDEX intel_submission_submitter_ix ON intel_submission (submitted_by, created_at DESC);

-- The children a submission is about, by their record (from a concern, a case or the submitter's
-- own young people). Children described only in words stay in children_described.
CREATE TABLE intel_submission_child (
    submission_id UUID NOT NULL REFERENCES intel_submission (id),
    child_id      UUID NOT NULL REFERENCES child (id),
    PRIMARY KEY (submission_id, child_id)
);
CREATE INDEX intel_submission_child_child_ix ON intel_submission_child (child_id);

-- The registers: persons of concern, vehicles, phones, online accounts and places. One table, so
-- that links and the network join one key whatever the kind; the columns that apply depend on the
-- kind. A register row is the resolved entity; what each submission said stays in its mention.
-- A person of concern who is also a child in Harbour keeps child_id: linked, never merged, so the
-- young person stays a victim in their own record (dual identity).
CREATE TABLE intel_entity (
    id              UUID PRIMARY KEY,
    kind            TEXT        NOT NULL CHECK (kind IN ('PERSON', 'VEHICLE', 'PHONE',
                                                         'ONLINE_ACCOUNT', 'PLACE')),
    label           TEXT        NOT NULL,
    name            TEXT,
    nickname        TEXT,
    approx_age      INT CHECK (approx_age BETWEEN 0 AND 120),
    description     TEXT,
    plate           TEXT,
    make            TEXT,
    colour          TEXT,
    phone           TEXT,
    platform        TEXT,
    username        TEXT,
    place_name      TEXT,
    address         TEXT,
    postcode        TEXT,
    child_id        UUID REFERENCES child (id),
    created_at      TIMESTAMPTZ NOT NULL,
    created_by_name TEXT        NOT NULL,
    version         INT         NOT NULL
);
CREATE INDEX intel_entity_kind_ix ON intel_entity (kind, label);
CREATE INDEX intel_entity_plate_ix ON intel_entity (plate) WHERE plate IS NOT NULL;
CREATE INDEX intel_entity_phone_ix ON intel_entity (phone) WHERE phone IS NOT NULL;

-- What one submission said about one person, vehicle, phone, account or place, as written, with
-- how the submitter knows it. entity_id is set when an intelligence officer resolves it; a
-- separation moves the mention to another entity and is kept in intel_resolution.
CREATE TABLE intel_mention (
    id            UUID PRIMARY KEY,
    submission_id UUID NOT NULL REFERENCES intel_submission (id),
    position      INT  NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('PERSON', 'VEHICLE', 'PHONE', 'ONLINE_ACCOUNT',
                                                'PLACE')),
    name          TEXT,
    nickname      TEXT,
    approx_age    INT CHECK (approx_age BETWEEN 0 AND 120),
    description   TEXT,
    role          TEXT,
    plate         TEXT,
    make          TEXT,
    colour        TEXT,
    phone         TEXT,
    platform      TEXT,
    username      TEXT,
    place_name    TEXT,
    address       TEXT,
    postcode      TEXT,
    place_use     TEXT CHECK (place_use IN ('MEET', 'HARM', 'BOTH', 'OTHER')),
    how_known     TEXT CHECK (how_known IN ('SAW', 'HEARD', 'TOLD')),
    entity_id     UUID REFERENCES intel_entity (id),
    UNIQUE (submission_id, position)
);
CREATE INDEX intel_mention_entity_ix ON intel_mention (entity_id);

-- Every decision that a mention is, or is not, a register entity: never overwritten.
CREATE TABLE intel_resolution (
    id              UUID PRIMARY KEY,
    mention_id      UUID        NOT NULL REFERENCES intel_mention (id),
    entity_id       UUID        NOT NULL REFERENCES intel_entity (id),
    decision        TEXT        NOT NULL CHECK (decision IN ('NEW', 'SAME', 'SEPARATED')),
    reasons         TEXT        NOT NULL,
    decided_by      UUID        NOT NULL REFERENCES app_user (id),
    decided_by_name TEXT        NOT NULL,
    decided_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX intel_resolution_mention_ix ON intel_resolution (mention_id, decided_at);

-- Links between entities and children, each from the submission that made it. A child's id is
-- the people module's child id (kind CHILD). Read both ways by the two-step network.
CREATE TABLE intel_link (
    id            UUID PRIMARY KEY,
    from_kind     TEXT        NOT NULL,
    from_id       UUID        NOT NULL,
    to_kind       TEXT        NOT NULL,
    to_id         UUID        NOT NULL,
    submission_id UUID        NOT NULL REFERENCES intel_submission (id),
    created_at    TIMESTAMPTZ NOT NULL,
    UNIQUE (from_id, to_id, submission_id),
    CHECK (from_id <> to_id)
);
CREATE INDEX intel_link_from_ix ON intel_link (from_id, to_id);
CREATE INDEX intel_link_to_ix ON intel_link (to_id, from_id);

-- Every decision to share intelligence, or not to, with its lawful basis (facts.md section 8).
CREATE TABLE intel_share_decision (
    id              UUID PRIMARY KEY,
    submission_id   UUID        NOT NULL REFERENCES intel_submission (id),
    shared          BOOLEAN     NOT NULL,
    what            TEXT        NOT NULL,
    with_whom       TEXT        NOT NULL,
    lawful_basis    TEXT        NOT NULL,
    why             TEXT        NOT NULL,
    decided_by      UUID        NOT NULL REFERENCES app_user (id),
    decided_by_name TEXT        NOT NULL,
    decided_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX intel_share_decision_submission_ix ON intel_share_decision (submission_id);
