-- Issue 9, item 11: the key worker is held in one place, the team around the child (team_member
-- with team_role KEY_WORKER, at most one per child). A case's key worker is read from there, so the
-- case, the team page and every list agree; case_allocation keeps the history of who held it.
-- Existing records are brought into line: the team wins, as it is what access and notifications
-- already used. docs/adr/015-one-key-worker-and-concerns-reach-the-case.md

-- A child with two key workers in the team keeps one: the one the open case named, otherwise the
-- longest-serving. The others stay in the team as other practitioners (their access unchanged).
WITH ranked AS (
    SELECT tm.child_id, tm.user_id,
           row_number() OVER (PARTITION BY tm.child_id
                              ORDER BY (c.key_worker_id IS NOT DISTINCT FROM tm.user_id) DESC,
                                       tm.added_at, tm.user_id) AS n
      FROM team_member tm
      LEFT JOIN cases c ON c.child_id = tm.child_id AND c.status <> 'CLOSED'
     WHERE tm.team_role = 'KEY_WORKER'
)
UPDATE team_member tm SET team_role = 'OTHER_PRACTITIONER'
  FROM ranked r
 WHERE r.child_id = tm.child_id AND r.user_id = tm.user_id AND r.n > 1;

CREATE UNIQUE INDEX team_member_one_key_worker_ix ON team_member (child_id)
    WHERE team_role = 'KEY_WORKER';

-- The key worker of each child, with their name and since when: the one place every page, list
-- and count reads it from.
CREATE VIEW child_key_worker AS
SELECT tm.child_id, tm.user_id, u.display_name, tm.added_at AS since
  FROM team_member tm
  JOIN app_user u ON u.id = tm.user_id
 WHERE tm.team_role = 'KEY_WORKER';

-- The history of each case that is not closed ends with the team's key worker: an allocation the
-- team no longer agrees with ends now and the team's key worker takes over now; a case with no
-- history at all (a screening referral opened it) has had the team's key worker since it opened.
UPDATE case_allocation a SET ended_at = now()
  FROM cases c
 WHERE a.case_id = c.id AND c.status <> 'CLOSED' AND a.ended_at IS NULL
   AND a.key_worker_id IS DISTINCT FROM
       (SELECT k.user_id FROM child_key_worker k WHERE k.child_id = c.child_id);

INSERT INTO case_allocation (id, case_id, key_worker_id, key_worker_name, allocated_at, reason,
                             allocated_by_name)
SELECT gen_random_uuid(), c.id, k.user_id, k.display_name,
       CASE WHEN EXISTS (SELECT 1 FROM case_allocation a WHERE a.case_id = c.id)
            THEN now() ELSE greatest(c.opened_at, k.since) END,
       CASE WHEN EXISTS (SELECT 1 FROM case_allocation a WHERE a.case_id = c.id)
            THEN 'Key worker in the team around the child' END,
       'Harbour'
  FROM cases c
  JOIN child_key_worker k ON k.child_id = c.child_id
 WHERE c.status <> 'CLOSED'
   AND NOT EXISTS (SELECT 1 FROM case_allocation a WHERE a.case_id = c.id AND a.ended_at IS NULL);

-- The case no longer keeps its own copy.
DROP INDEX cases_key_worker_ix;
ALTER TABLE cases
    DROP COLUMN key_worker_id,
    DROP COLUMN key_worker_name,
    DROP COLUMN key_worker_since;
