-- Each form Harbour shows carries a random token; when the form is sent, its token is recorded here
-- first (the primary key makes the record atomic across requests and instances), with a hash of
-- what was sent (fingerprint), so a form sent twice runs once: a repeat of the same content is sent
-- where the first went (location). A first sending that ended without a redirect (errors shown,
-- nothing saved) deletes its row, so the form may be sent again.
-- Rows go after a day (web.SubmittedForms). Nothing typed is kept, only its SHA-256.
CREATE TABLE form_submission (
    token       TEXT        PRIMARY KEY,
    path        TEXT        NOT NULL,
    fingerprint TEXT        NOT NULL,
    started_at  TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    location    TEXT
);
CREATE INDEX form_submission_started_at_ix ON form_submission (started_at);
