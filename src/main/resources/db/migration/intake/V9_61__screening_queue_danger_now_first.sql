-- The screening queue shows public reports saying a child is in danger now first, then the rest,
-- each oldest first: an index in that order, so the queue's first page is read without sorting.
CREATE INDEX concern_awaiting_danger_first_ix
    ON concern ((coalesce(danger_now = 'YES', false)) DESC, submitted_at, reference)
 WHERE status = 'SUBMITTED';
