-- Each Harbour instance keeps the registers in memory for matching and reads only the entries
-- created since it last looked, before every match.
CREATE INDEX intel_entity_created_ix ON intel_entity (created_at, id);
