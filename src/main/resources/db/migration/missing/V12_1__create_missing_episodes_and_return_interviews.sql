-- Missing episodes and return interviews (docs/adr/024-missing-episodes.md).
--
-- missing_episode: one period a child was missing (kind 'M', whereabouts unknown) or away without
-- authorisation (kind 'A', whereabouts known), as SSDA903 counts them. start_at is the later of
-- left_at and last_seen_at (at least one is known), computed in Java and stored so lists and the
-- census export can sort and count on it. returned_at is null while the episode is open. A change
-- between A and M ends one episode and starts the next at the same moment; the new one points at
-- the old through previous_episode_id. found_location_key is the found address and postcode
-- normalised (lower case, single spaces, postcode without spaces), so the same address is
-- recognised across children. found_place_id optionally names a place in the intelligence
-- register. Episodes of one child never overlap: checked in Java while the child's row is locked
-- (SELECT ... FOR UPDATE), as an exclusion constraint would need the btree_gist extension.
-- how_returned CHANGED_KIND marks an episode ended because it changed between A and M: the child
-- did not return, so no return interview is due for it.
CREATE TABLE missing_episode (
    id                    UUID PRIMARY KEY,
    child_id              UUID        NOT NULL REFERENCES child (id),
    kind                  CHAR(1)     NOT NULL CHECK (kind IN ('M', 'A')),
    left_at               TIMESTAMPTZ,
    last_seen_at          TIMESTAMPTZ,
    start_at              TIMESTAMPTZ NOT NULL,
    returned_at           TIMESTAMPTZ,
    previous_episode_id   UUID REFERENCES missing_episode (id),
    reported_to_police    BOOLEAN     NOT NULL DEFAULT FALSE,
    police_reference      TEXT,
    police_risk_grade     TEXT CHECK (police_risk_grade IN ('NO_APPARENT_RISK', 'LOW', 'MEDIUM',
                                                            'HIGH')),
    found_where           TEXT,
    found_address         TEXT,
    found_postcode        TEXT,
    found_location_key    TEXT,
    found_place_id        UUID REFERENCES intel_entity (id),
    how_returned          TEXT CHECK (how_returned IN ('RETURNED_THEMSELVES', 'FOUND_BY_POLICE',
                                                       'FOUND_BY_CARER', 'FOUND_BY_FAMILY',
                                                       'FOUND_BY_OTHER', 'CHANGED_KIND')),
    harm_disclosed        BOOLEAN     NOT NULL DEFAULT FALSE,
    harm_notes            TEXT,
    recorded_by           UUID        NOT NULL REFERENCES app_user (id),
    recorder_capacity     TEXT        NOT NULL CHECK (recorder_capacity IN ('KEY_WORKER',
                                                      'CARERS_AGENCY', 'POLICE',
                                                      'SCREENING_TEAM')),
    version               INT         NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL,
    CHECK (left_at IS NOT NULL OR last_seen_at IS NOT NULL),
    CHECK (start_at = GREATEST(left_at, last_seen_at)),
    CHECK (returned_at IS NULL OR returned_at >= start_at)
);
CREATE INDEX missing_episode_child_ix ON missing_episode (child_id, start_at);
CREATE INDEX missing_episode_returned_ix ON missing_episode (returned_at);
CREATE INDEX missing_episode_location_ix ON missing_episode (found_location_key)
    WHERE found_location_key IS NOT NULL;
CREATE INDEX missing_episode_previous_ix ON missing_episode (previous_episode_id);
CREATE INDEX missing_episode_place_ix ON missing_episode (found_place_id);
CREATE INDEX missing_episode_recorded_by_ix ON missing_episode (recorded_by);

-- Who the child was found with: a person of concern or vehicle in the intelligence register
-- (entity_id) or, when they are not in it, a description.
CREATE TABLE missing_episode_with (
    id          UUID PRIMARY KEY,
    episode_id  UUID NOT NULL REFERENCES missing_episode (id) ON DELETE CASCADE,
    entity_id   UUID REFERENCES intel_entity (id),
    description TEXT,
    CHECK (entity_id IS NOT NULL OR description IS NOT NULL)
);
CREATE INDEX missing_episode_with_episode_ix ON missing_episode_with (episode_id);
CREATE INDEX missing_episode_with_entity_ix ON missing_episode_with (entity_id);

-- The return interview offered after an episode ends: one per episode, due by returned_at plus
-- the configured period (72 hours by default). The interviewer is independent of the child's care
-- unless the child chose someone they trust (child_chose_interviewer). Outcome HELD (held_on, the
-- child's own words and whether they agree to share them), DECLINED, or NOT_HELD with a reason.
-- Overdue: no outcome and due_at has passed.
CREATE TABLE return_interview (
    episode_id              UUID PRIMARY KEY REFERENCES missing_episode (id),
    due_at                  TIMESTAMPTZ NOT NULL,
    offered_at              TIMESTAMPTZ,
    offered_by              UUID REFERENCES app_user (id),
    interviewer             UUID REFERENCES app_user (id),
    child_chose_interviewer BOOLEAN     NOT NULL DEFAULT FALSE,
    outcome                 TEXT CHECK (outcome IN ('HELD', 'DECLINED', 'NOT_HELD')),
    held_on                 DATE,
    not_held_reason         TEXT,
    young_persons_words     TEXT,
    account_summary         TEXT,
    consent_to_share        TEXT CHECK (consent_to_share IN ('YES', 'NO', 'SOME')),
    shareable_words         TEXT,
    intelligence_submitted  BOOLEAN     NOT NULL DEFAULT FALSE,
    version                 INT         NOT NULL,
    updated_at              TIMESTAMPTZ NOT NULL,
    updated_by              UUID REFERENCES app_user (id),
    CHECK (outcome IS DISTINCT FROM 'NOT_HELD' OR not_held_reason IS NOT NULL),
    CHECK (outcome IS DISTINCT FROM 'HELD' OR held_on IS NOT NULL)
);
CREATE INDEX return_interview_due_ix ON return_interview (due_at) WHERE outcome IS NULL;
CREATE INDEX return_interview_offered_by_ix ON return_interview (offered_by);
CREATE INDEX return_interview_interviewer_ix ON return_interview (interviewer);
CREATE INDEX return_interview_updated_by_ix ON return_interview (updated_by);
