-- A case's needs-led assessment: one working copy per case that practitioners edit, and every
-- submitted version kept unchanged so any two can be compared. No column holds a count, score,
-- band or colour derived from indicator prompts: prompts only carry a practitioner's own note.
CREATE TABLE assessment (
    id                UUID PRIMARY KEY,
    case_id           UUID        NOT NULL UNIQUE REFERENCES cases (id),
    level_of_response TEXT,
    -- set when something new happens on the case after a version was submitted; cleared by the
    -- next submission
    review_prompted_at TIMESTAMPTZ,
    review_prompt     TEXT,
    version           INT         NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    updated_by        UUID,
    updated_by_name   TEXT        NOT NULL
);

-- A submitted version, numbered from 1. draft_version is the working copy's version when it was
-- submitted: submitting the same working copy twice makes one version.
CREATE TABLE assessment_version (
    assessment_id      UUID        NOT NULL REFERENCES assessment (id),
    number             INT         NOT NULL,
    draft_version      INT         NOT NULL,
    level_of_response  TEXT        NOT NULL,
    submitted_at       TIMESTAMPTZ NOT NULL,
    submitted_by       UUID        NOT NULL,
    submitted_by_name  TEXT        NOT NULL,
    signed_off_at      TIMESTAMPTZ,
    signed_off_by      UUID,
    signed_off_by_name TEXT,
    sign_off_note      TEXT,
    PRIMARY KEY (assessment_id, number),
    UNIQUE (assessment_id, draft_version)
);

-- The text of each section and each prompt note. version_number 0 is the working copy.
CREATE TABLE assessment_text (
    assessment_id  UUID NOT NULL REFERENCES assessment (id),
    version_number INT  NOT NULL,
    field          TEXT NOT NULL,
    body           TEXT NOT NULL,
    PRIMARY KEY (assessment_id, version_number, field)
);
