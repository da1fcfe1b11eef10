-- Data protection officers filter the audit search by what was done (docs/adr/013): an index by
-- action and time keeps a search for a rare action (emergency access, merges, refusals) one index
-- range, newest first, instead of a walk back through millions of views.
CREATE INDEX audit_event_action_ix ON audit_event (action, occurred_at);
