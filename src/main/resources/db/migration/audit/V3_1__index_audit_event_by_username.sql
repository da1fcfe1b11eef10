-- Data protection officers search the audit trail by username; events without a user id
-- (failed sign-ins) are found this way too.
CREATE INDEX audit_event_username_ix ON audit_event (username, occurred_at);
