-- One living multi-agency plan per case. Its weight falls on disrupting the people harming the
-- young person: a plan cannot be finalised without a disruption action or a reason why none yet.
CREATE TABLE plan (
    id                   UUID PRIMARY KEY,
    case_id              UUID        NOT NULL UNIQUE REFERENCES cases (id),
    no_disruption_reason TEXT,
    finalised_at         TIMESTAMPTZ,
    finalised_by_name    TEXT,
    version              INT         NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    updated_by           UUID,
    updated_by_name      TEXT        NOT NULL
);

-- The narrative of each section, and the young person's own version of the plan.
CREATE TABLE plan_text (
    plan_id UUID NOT NULL REFERENCES plan (id),
    section TEXT NOT NULL,
    body    TEXT NOT NULL,
    PRIMARY KEY (plan_id, section)
);

-- request_key comes from the form: sending the same form twice adds one row.
CREATE TABLE plan_action (
    id              UUID PRIMARY KEY,
    plan_id         UUID        NOT NULL REFERENCES plan (id),
    section         TEXT        NOT NULL,
    what            TEXT        NOT NULL,
    owner_name      TEXT        NOT NULL,
    owner_agency    TEXT        NOT NULL,
    due_on          DATE        NOT NULL,
    status          TEXT        NOT NULL,
    outcome         TEXT,
    version         INT         NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    created_by_name TEXT        NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    updated_by_name TEXT        NOT NULL,
    request_key     UUID        NOT NULL UNIQUE
);
CREATE INDEX plan_action_plan_ix ON plan_action (plan_id, due_on);

-- "How will we know risks are reducing?": measures chosen for this plan, recorded over time.
CREATE TABLE plan_measure (
    id              UUID PRIMARY KEY,
    plan_id         UUID        NOT NULL REFERENCES plan (id),
    name            TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    created_by_name TEXT        NOT NULL,
    request_key     UUID        NOT NULL UNIQUE
);

CREATE TABLE plan_measure_point (
    id               UUID PRIMARY KEY,
    measure_id       UUID        NOT NULL REFERENCES plan_measure (id),
    recorded_on      DATE        NOT NULL,
    value            INT         NOT NULL,
    note             TEXT,
    recorded_at      TIMESTAMPTZ NOT NULL,
    recorded_by_name TEXT        NOT NULL,
    request_key      UUID        NOT NULL UNIQUE
);

CREATE TABLE plan_review (
    id                     UUID PRIMARY KEY,
    plan_id                UUID        NOT NULL REFERENCES plan (id),
    held_on                DATE        NOT NULL,
    attendees              TEXT        NOT NULL,
    young_person_part      TEXT        NOT NULL,
    young_person_views     TEXT,
    family_part            TEXT        NOT NULL,
    family_views           TEXT,
    decisions              TEXT        NOT NULL,
    next_review_on         DATE        NOT NULL,
    recorded_at            TIMESTAMPTZ NOT NULL,
    recorded_by_name       TEXT        NOT NULL,
    request_key            UUID        NOT NULL UNIQUE
);
CREATE INDEX plan_review_plan_ix ON plan_review (plan_id, held_on);

-- The young person's comments on their plan, in their words.
CREATE TABLE plan_comment (
    id               UUID PRIMARY KEY,
    plan_id          UUID        NOT NULL REFERENCES plan (id),
    comment          TEXT        NOT NULL,
    how_gathered     TEXT,
    recorded_at      TIMESTAMPTZ NOT NULL,
    recorded_by_name TEXT        NOT NULL,
    request_key      UUID        NOT NULL UNIQUE
);
