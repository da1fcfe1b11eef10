-- Every foreign key has an index led by its column (ForeignKeyIndexIntegrationTests), so that
-- deleting or changing the row it points to (a child, an account) never scans this table.
CREATE INDEX intel_dual_identity_child_ix ON intel_dual_identity (child_id);
CREATE INDEX intel_dual_identity_decided_by_ix ON intel_dual_identity (decided_by);
