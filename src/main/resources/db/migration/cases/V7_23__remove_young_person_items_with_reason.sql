-- Relationships, linked children and persons of concern can be removed with a reason. Nothing is
-- deleted: the row is marked removed (when, by whom, why) and leaves the young person's page.
ALTER TABLE young_person_relationship
    ADD COLUMN removed_at      TIMESTAMPTZ,
    ADD COLUMN removed_by_name TEXT,
    ADD COLUMN removal_reason  TEXT;
ALTER TABLE linked_child
    ADD COLUMN removed_at      TIMESTAMPTZ,
    ADD COLUMN removed_by_name TEXT,
    ADD COLUMN removal_reason  TEXT;
ALTER TABLE person_of_concern
    ADD COLUMN removed_at      TIMESTAMPTZ,
    ADD COLUMN removed_by_name TEXT,
    ADD COLUMN removal_reason  TEXT;

-- A removed link no longer stops the same two children being linked again.
ALTER TABLE linked_child DROP CONSTRAINT linked_child_child_id_linked_child_id_key;
CREATE UNIQUE INDEX linked_child_current_ix ON linked_child (child_id, linked_child_id)
    WHERE removed_at IS NULL;
