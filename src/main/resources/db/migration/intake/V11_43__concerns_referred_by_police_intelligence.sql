-- A concern the police intelligence unit referred to screening (a triaged submission with the
-- outcome "safeguarding referral"): which submission it came from (one concern per submission,
-- however often the decision is delivered), the submission's reference, and the written handling
-- conditions when the intelligence is C-coded, shown wherever the concern is.
ALTER TABLE concern ADD COLUMN intelligence_submission_id UUID;
ALTER TABLE concern ADD COLUMN intelligence_reference TEXT;
ALTER TABLE concern ADD COLUMN handling_conditions TEXT;
ALTER TABLE concern
    ADD CONSTRAINT concern_intelligence_submission_unique UNIQUE (intelligence_submission_id);
