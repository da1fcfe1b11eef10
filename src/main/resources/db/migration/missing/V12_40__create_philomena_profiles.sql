-- The Philomena profile (issue 12, item 4): what the carer's agency keeps current about a child so
-- that the police have it the moment the child is reported missing. One row per child; every text
-- field is stored as typed. confirmed_at/confirmed_by_name record the last time someone in the
-- team said it is still current (a save counts, docs/adr/026).
CREATE TABLE missing_philomena_profile (
    child_id                UUID PRIMARY KEY REFERENCES child (id),
    height                  TEXT,
    build                   TEXT,
    hair                    TEXT,
    features                TEXT,
    clothing                TEXT,
    associates              TEXT,
    addresses               TEXT,
    places                  TEXT,
    phones                  TEXT,
    social_media            TEXT,
    transport               TEXT,
    money                   TEXT,
    medication              TEXT,
    health_conditions       TEXT,
    confirmed_at            TIMESTAMPTZ NOT NULL,
    confirmed_by_name       TEXT        NOT NULL,
    version                 INT         NOT NULL,
    created_at              TIMESTAMPTZ NOT NULL,
    created_by_name         TEXT        NOT NULL,
    updated_at              TIMESTAMPTZ NOT NULL,
    updated_by_name         TEXT        NOT NULL
);

-- The photograph, apart from the profile so reading the profile never reads the image. Stored in
-- the database, re-encoded (no camera metadata such as where it was taken), JPEG or PNG only, and
-- served only through the profile's access rule.
CREATE TABLE missing_philomena_photo (
    child_id         UUID PRIMARY KEY REFERENCES child (id),
    media_type       TEXT        NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
    content          BYTEA       NOT NULL,
    uploaded_at      TIMESTAMPTZ NOT NULL,
    uploaded_by_name TEXT        NOT NULL
);
