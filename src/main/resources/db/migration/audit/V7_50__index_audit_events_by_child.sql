-- "Who has seen this record" must show every event about a child: lists and searches that showed
-- them, their case's pages and exports, concerns about them, refusals. An event names the children
-- it is about besides its own record in child_ids (sorted, comma-separated, part of the hash), and
-- audit_event_child indexes every event under each child it is about, so a child's access log is
-- one index range in seq order however many events there are.
ALTER TABLE audit_event ADD COLUMN child_ids TEXT;

CREATE TABLE audit_event_child (
    child_id UUID   NOT NULL,
    seq      BIGINT NOT NULL REFERENCES audit_event (seq),
    PRIMARY KEY (child_id, seq)
);
CREATE INDEX audit_event_child_seq_ix ON audit_event_child (seq);

-- Append-only, like the events it indexes.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event_child FROM ${appRole};

-- Events written before this migration: a child's record, and their cases' records.
INSERT INTO audit_event_child (child_id, seq)
SELECT e.record_id::uuid, e.seq
  FROM audit_event e
 WHERE e.record_type = 'child'
   AND e.record_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
ON CONFLICT DO NOTHING;

INSERT INTO audit_event_child (child_id, seq)
SELECT c.child_id, e.seq
  FROM audit_event e JOIN cases c ON e.record_type = 'case' AND e.record_id = c.id::text
ON CONFLICT DO NOTHING;

INSERT INTO audit_event_child (child_id, seq)
SELECT c.child_id, e.seq
  FROM audit_event e JOIN concern c ON e.record_type = 'concern' AND e.record_id = c.id::text
 WHERE c.child_id IS NOT NULL
ON CONFLICT DO NOTHING;
