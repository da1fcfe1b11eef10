-- Every foreign key has an index leading with it, so deleting or changing the row it refers to
-- (an account, a child, a submission) never scans these tables (ForeignKeyIndexIntegrationTests).
CREATE INDEX intel_entity_child_ix ON intel_entity (child_id);
CREATE INDEX intel_link_submission_ix ON intel_link (submission_id);
CREATE INDEX intel_resolution_decided_by_ix ON intel_resolution (decided_by);
CREATE INDEX intel_resolution_entity_ix ON intel_resolution (entity_id);
CREATE INDEX intel_share_decision_decided_by_ix ON intel_share_decision (decided_by);
CREATE INDEX intel_submission_acknowledged_by_ix ON intel_submission (acknowledged_by);
CREATE INDEX intel_submission_triaged_by_ix ON intel_submission (triaged_by);
