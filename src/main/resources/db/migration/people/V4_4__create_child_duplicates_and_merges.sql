-- Possible duplicates among the children already held, and merges of two records into one.
-- A merge never deletes: the merged record stays, marked with the record it was merged into, and
-- snapshots of both records before the merge let an unmerge put both back exactly.

ALTER TABLE child ADD COLUMN merged_into UUID REFERENCES child (id);

-- When the row last changed by the database's own clock, so the matching index can pick up
-- changes since it last looked without trusting application clocks.
ALTER TABLE child ADD COLUMN changed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp();
CREATE INDEX child_changed_at_ix ON child (changed_at);
CREATE FUNCTION child_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_at := clock_timestamp();
    RETURN NEW;
END;
$$;
CREATE TRIGGER child_touch_tr BEFORE UPDATE ON child FOR EACH ROW EXECUTE FUNCTION child_touch();

-- Pairs found by the duplicate scan. child_a < child_b, so each pair appears once.
CREATE TABLE child_duplicate (
    id              UUID PRIMARY KEY,
    child_a         UUID             NOT NULL REFERENCES child (id),
    child_b         UUID             NOT NULL REFERENCES child (id),
    probability     DOUBLE PRECISION NOT NULL,
    explanation     TEXT             NOT NULL,
    found_at        TIMESTAMPTZ      NOT NULL,
    status          TEXT             NOT NULL,
    decided_by      UUID,
    decided_by_name TEXT,
    decided_at      TIMESTAMPTZ,
    reasons         TEXT,
    CONSTRAINT child_duplicate_ordered CHECK (child_a < child_b),
    CONSTRAINT child_duplicate_pair UNIQUE (child_a, child_b)
);
CREATE INDEX child_duplicate_status_ix ON child_duplicate (status, probability DESC);

CREATE TABLE child_merge (
    id                UUID PRIMARY KEY,
    duplicate_id      UUID        REFERENCES child_duplicate (id),
    kept_child        UUID        NOT NULL REFERENCES child (id),
    merged_child      UUID        NOT NULL REFERENCES child (id),
    status            TEXT        NOT NULL,
    kept_version      INT         NOT NULL,
    merged_version    INT         NOT NULL,
    proposed_by       UUID        NOT NULL,
    proposed_by_name  TEXT        NOT NULL,
    proposed_at       TIMESTAMPTZ NOT NULL,
    proposal_reasons  TEXT        NOT NULL,
    decided_by        UUID,
    decided_by_name   TEXT,
    decided_at        TIMESTAMPTZ,
    decision_reasons  TEXT,
    unmerged_by       UUID,
    unmerged_by_name  TEXT,
    unmerged_at       TIMESTAMPTZ,
    unmerge_reasons   TEXT,
    kept_as_edited    TEXT,
    version           INT         NOT NULL DEFAULT 0,
    CONSTRAINT child_merge_two_records CHECK (kept_child <> merged_child)
);
-- A record is in at most one proposed or completed merge as the record merged away.
CREATE UNIQUE INDEX child_merge_one_active_ix ON child_merge (merged_child)
    WHERE status IN ('PROPOSED', 'MERGED');
CREATE INDEX child_merge_kept_ix ON child_merge (kept_child);

-- The identity details of both records just before a merge, and of the kept record just after.
CREATE TABLE child_merge_snapshot (
    merge_id           UUID NOT NULL REFERENCES child_merge (id),
    which              TEXT NOT NULL,
    first_name         TEXT NOT NULL,
    last_name          TEXT NOT NULL,
    other_names        TEXT,
    date_of_birth      DATE,
    approximate_age    INT,
    sex                TEXT,
    gender             TEXT,
    ethnicity          TEXT,
    disability         TEXT,
    disability_details TEXT,
    care_status        TEXT,
    address            TEXT,
    postcode           TEXT,
    school             TEXT,
    PRIMARY KEY (merge_id, which)
);

-- Team members the merge added to the kept record's team, so an unmerge removes exactly them.
CREATE TABLE child_merge_team (
    merge_id UUID NOT NULL REFERENCES child_merge (id),
    user_id  UUID NOT NULL,
    role     TEXT NOT NULL,
    PRIMARY KEY (merge_id, user_id)
);
