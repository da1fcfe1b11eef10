-- Issue 9, item 10: every concern linked to a child reaches the child's case. A concern linked
-- while the child has an open or stepped-down case joins it at once; one linked while the child has
-- no such case waits here and joins the next case opened or reopened for the child.
-- docs/adr/015-one-key-worker-and-concerns-reach-the-case.md
CREATE TABLE case_concern_waiting (
    child_id    UUID        NOT NULL,
    concern_id  UUID        NOT NULL,
    concern_ref TEXT        NOT NULL,
    linked_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (child_id, concern_ref)
);

-- Which concern it is, where known, so the case can link to it.
ALTER TABLE case_concern ADD COLUMN concern_id UUID;

-- Concerns already linked to a child with an open or stepped-down case, but missing from it, join
-- it now, each with the chronology entry it should have had, dated when it was linked.
CREATE TEMPORARY TABLE missing_concern ON COMMIT DROP AS
SELECT c.id AS case_id, k.id AS concern_id, k.reference, k.linked_at
  FROM cases c
  JOIN concern k ON k.child_id = c.child_id AND k.linked_at IS NOT NULL AND k.reference IS NOT NULL
 WHERE c.status <> 'CLOSED'
   AND NOT EXISTS (SELECT 1 FROM case_concern cc JOIN cases o ON o.id = cc.case_id
                    WHERE o.child_id = c.child_id AND cc.concern_ref = k.reference);

INSERT INTO case_concern (case_id, concern_ref, added_at, added_by, concern_id)
SELECT case_id, reference, now(), NULL, concern_id FROM missing_concern;

INSERT INTO chronology_entry (id, case_id, kind, occurred_on, occurred_at, summary, significance,
                              link, recorded_at, recorded_by_name)
SELECT gen_random_uuid(), case_id, 'CONCERN', (linked_at AT TIME ZONE 'Europe/London')::date,
       linked_at, 'Concern ' || reference || ' linked to the young person', 'SIGNIFICANT',
       '/concerns/' || concern_id, now(), 'Harbour'
  FROM missing_concern;
