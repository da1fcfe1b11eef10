-- Contextual safeguarding (issue 12, docs/adr/025): the register of contexts (peer groups,
-- schools, neighbourhoods or places, online spaces), referrals about them, their assessments
-- (versioned, narrative only), conferences, plans with measures over time and reviews. A context's
-- name and text never name a child; which children are linked lives in context_link, read only
-- through the need-to-know rule. place_id is an intelligence register entry (a place), held by id.
CREATE TABLE context (
    id              UUID PRIMARY KEY,
    kind            TEXT        NOT NULL CHECK (kind IN ('PEER_GROUP', 'SCHOOL', 'PLACE',
                                                         'ONLINE_SPACE')),
    name            TEXT        NOT NULL,
    description     TEXT        NOT NULL,
    controller_name TEXT,
    controller_kind TEXT CHECK (controller_kind IN ('SCHOOL', 'BUSINESS', 'LANDLORD',
                                                    'TRANSPORT_OPERATOR', 'COUNCIL',
                                                    'ONLINE_PLATFORM', 'OTHER')),
    place_id        UUID,
    address         TEXT,
    postcode        TEXT,
    version         INT         NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    created_by_name TEXT        NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    updated_by_name TEXT        NOT NULL
);
CREATE INDEX context_place_ix ON context (place_id) WHERE place_id IS NOT NULL;

-- A referral about a context, from any practitioner; the contextual safeguarding lead decides:
-- assess (a context is made or chosen), no further action (with a reason), or merge into an
-- existing context.
CREATE TABLE context_referral (
    id                 UUID PRIMARY KEY,
    kind               TEXT        NOT NULL CHECK (kind IN ('PEER_GROUP', 'SCHOOL', 'PLACE',
                                                            'ONLINE_SPACE')),
    name               TEXT        NOT NULL,
    what_noticed       TEXT        NOT NULL,
    referred_by_name   TEXT        NOT NULL,
    referred_by_agency TEXT        NOT NULL,
    referred_at        TIMESTAMPTZ NOT NULL,
    decision           TEXT CHECK (decision IN ('ASSESS', 'NO_FURTHER_ACTION', 'MERGE')),
    decision_reason    TEXT,
    context_id         UUID REFERENCES context (id),
    decided_by_name    TEXT,
    decided_at         TIMESTAMPTZ,
    version            INT         NOT NULL,
    CHECK (decision IS NULL OR decided_at IS NOT NULL),
    CHECK (decision IS DISTINCT FROM 'NO_FURTHER_ACTION' OR decision_reason IS NOT NULL),
    CHECK (decision NOT IN ('ASSESS', 'MERGE') OR context_id IS NOT NULL)
);
CREATE INDEX context_referral_context_ix ON context_referral (context_id);
CREATE INDEX context_referral_open_ix ON context_referral (referred_at) WHERE decision IS NULL;

-- Each save of a context's assessment is a new version; none is overwritten.
CREATE TABLE context_assessment (
    context_id          UUID        NOT NULL REFERENCES context (id),
    version             INT         NOT NULL,
    strengths_and_needs TEXT        NOT NULL,
    guardianship        TEXT        NOT NULL,
    environment         TEXT        NOT NULL,
    who_controls        TEXT        NOT NULL,
    weighting           TEXT        NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL,
    recorded_by_name    TEXT        NOT NULL,
    PRIMARY KEY (context_id, version)
);

CREATE TABLE context_conference (
    id               UUID PRIMARY KEY,
    context_id       UUID        NOT NULL REFERENCES context (id),
    held_on          DATE        NOT NULL,
    minutes          TEXT        NOT NULL,
    decisions        TEXT        NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL,
    recorded_by_name TEXT        NOT NULL
);
CREATE INDEX context_conference_context_ix ON context_conference (context_id, held_on);

CREATE TABLE context_conference_invitee (
    conference_id UUID NOT NULL REFERENCES context_conference (id),
    agency_name   TEXT NOT NULL,
    PRIMARY KEY (conference_id, agency_name)
);

-- One plan a context: goals and responses (including disruption on places), kept current with an
-- optimistic-lock version; measures are recorded over time and reviews added, never rewritten.
CREATE TABLE context_plan (
    context_id      UUID PRIMARY KEY REFERENCES context (id),
    goals           TEXT        NOT NULL,
    responses       TEXT        NOT NULL,
    version         INT         NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    updated_by_name TEXT        NOT NULL
);

CREATE TABLE context_measure (
    id               UUID PRIMARY KEY,
    context_id       UUID        NOT NULL REFERENCES context (id),
    measure          TEXT        NOT NULL,
    observed_on      DATE        NOT NULL,
    observation      TEXT        NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL,
    recorded_by_name TEXT        NOT NULL
);
CREATE INDEX context_measure_context_ix ON context_measure (context_id, observed_on);

CREATE TABLE context_plan_review (
    id               UUID PRIMARY KEY,
    context_id       UUID        NOT NULL REFERENCES context (id),
    reviewed_on      DATE        NOT NULL,
    summary          TEXT        NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL,
    recorded_by_name TEXT        NOT NULL
);
CREATE INDEX context_plan_review_context_ix ON context_plan_review (context_id, reviewed_on);

-- A child linked to a context, only inside the child's own case, with the basis and reliability.
CREATE TABLE context_link (
    id              UUID PRIMARY KEY,
    context_id      UUID        NOT NULL REFERENCES context (id),
    child_id        UUID        NOT NULL REFERENCES child (id),
    case_id         UUID        NOT NULL REFERENCES cases (id),
    basis           TEXT        NOT NULL,
    reliability     TEXT        NOT NULL CHECK (reliability IN ('SEEN_OR_SAID', 'REPORTED',
                                                                'NOT_VERIFIED')),
    created_at      TIMESTAMPTZ NOT NULL,
    created_by_name TEXT        NOT NULL,
    UNIQUE (context_id, child_id)
);
CREATE INDEX context_link_child_ix ON context_link (child_id);
CREATE INDEX context_link_case_ix ON context_link (case_id);

-- The friends and peers that matter to a child, for safety planning only: initials, never names.
CREATE TABLE peer_map_entry (
    id              UUID PRIMARY KEY,
    child_id        UUID        NOT NULL REFERENCES child (id),
    case_id         UUID        NOT NULL REFERENCES cases (id),
    initials        TEXT        NOT NULL CHECK (initials ~ '^[A-Z]{1,3}$'),
    influence       TEXT        NOT NULL CHECK (influence IN ('SAFE', 'WORRY', 'UNSURE')),
    reliability     TEXT        NOT NULL CHECK (reliability IN ('SEEN_OR_SAID', 'REPORTED',
                                                                'NOT_VERIFIED')),
    safety_action   TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    created_by_name TEXT        NOT NULL
);
CREATE INDEX peer_map_entry_child_ix ON peer_map_entry (child_id);
CREATE INDEX peer_map_entry_case_ix ON peer_map_entry (case_id);
