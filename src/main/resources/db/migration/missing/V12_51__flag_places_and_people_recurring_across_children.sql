-- Issue 12, item 3: the same found location (found_location_key), place in the intelligence
-- register (found_place_id) or person or vehicle (missing_episode_with.entity_id) coming up in
-- different children's missing episodes is flagged to the contextual safeguarding lead and to each
-- child's team. One row for each pair of children and each subject, so a pair is flagged once:
-- child_id is the lesser id of the two, other_child_id the greater. subject_key is the location
-- key or the register entry's id; subject_words what the notifications called it at the time.
-- episode_id is the episode whose saving flagged the pair.
CREATE TABLE recurrence_flag (
    id             UUID PRIMARY KEY,
    subject_kind   TEXT        NOT NULL CHECK (subject_kind IN ('LOCATION', 'PLACE', 'ENTITY')),
    subject_key    TEXT        NOT NULL,
    subject_words  TEXT        NOT NULL,
    child_id       UUID        NOT NULL REFERENCES child (id),
    other_child_id UUID        NOT NULL REFERENCES child (id),
    episode_id     UUID        NOT NULL REFERENCES missing_episode (id),
    flagged_at     TIMESTAMPTZ NOT NULL,
    CHECK (child_id < other_child_id),
    UNIQUE (subject_kind, subject_key, child_id, other_child_id)
);
CREATE INDEX recurrence_flag_child_ix ON recurrence_flag (child_id);
CREATE INDEX recurrence_flag_other_child_ix ON recurrence_flag (other_child_id);
CREATE INDEX recurrence_flag_episode_ix ON recurrence_flag (episode_id);
