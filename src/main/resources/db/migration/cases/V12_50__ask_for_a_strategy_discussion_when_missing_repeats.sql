-- Issue 12, item 3: when a child's missing episodes reach the repeat missing threshold (3 in 90
-- days by default), the child's open or stepped-down case asks for a strategy discussion or a
-- trigger plan, shown on the case page and the team's work lists until someone records that it
-- was held (when, and what was decided) or why it was not. One prompt for each run of episodes:
-- episode_id is the missing episode that completed the window (an id in the missing module; no
-- foreign key across modules), and first_start and last_start bound the window it completed.
CREATE TABLE repeat_missing_prompt (
    id               UUID PRIMARY KEY,
    case_id          UUID NOT NULL REFERENCES cases (id),
    child_id         UUID NOT NULL REFERENCES child (id),
    episode_id       UUID NOT NULL,
    episodes         INT NOT NULL CHECK (episodes > 0),
    within_days      INT NOT NULL CHECK (within_days > 0),
    first_start      TIMESTAMPTZ NOT NULL,
    last_start       TIMESTAMPTZ NOT NULL,
    raised_at        TIMESTAMPTZ NOT NULL,
    outcome          TEXT CHECK (outcome IN ('STRATEGY_DISCUSSION', 'TRIGGER_PLAN', 'NOT_HELD')),
    held_on          DATE,
    note             TEXT,
    recorded_by      UUID REFERENCES app_user (id),
    recorded_by_name TEXT,
    recorded_at      TIMESTAMPTZ,
    version          INT NOT NULL DEFAULT 0,
    UNIQUE (case_id, episode_id),
    CHECK (first_start <= last_start),
    CHECK ((outcome IS NULL) = (recorded_at IS NULL)),
    CHECK (outcome IS NULL OR note IS NOT NULL),
    CHECK (outcome IS NULL OR outcome = 'NOT_HELD' OR held_on IS NOT NULL)
);

CREATE INDEX repeat_missing_prompt_case ON repeat_missing_prompt (case_id, raised_at);
CREATE INDEX repeat_missing_prompt_child ON repeat_missing_prompt (child_id);
CREATE INDEX repeat_missing_prompt_recorded_by ON repeat_missing_prompt (recorded_by);
CREATE INDEX repeat_missing_prompt_waiting ON repeat_missing_prompt (case_id)
    WHERE outcome IS NULL;
