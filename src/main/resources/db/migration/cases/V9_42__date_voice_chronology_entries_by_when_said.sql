-- Issue 9, item 15: the chronology entry for something the young person said is dated when they
-- said it, not when it was typed into Harbour (which the entry still shows as when it was recorded).
-- Entries written before this were dated when typed: the moment the voice entry was recorded.
-- Each is matched to its voice entry by case and that moment, and moved to the day the young
-- person said it, without a time of day (a person gives only the date). Entries the demo world and
-- the generator wrote at midnight of the day said lose the invented time. Safe to run again.
UPDATE chronology_entry e
   SET occurred_on = v.said_on, occurred_at = NULL
  FROM voice_entry v
 WHERE e.kind = 'VOICE'
   AND e.case_id = v.case_id
   AND e.occurred_at = v.recorded_at;

UPDATE chronology_entry e
   SET occurred_at = NULL
 WHERE e.kind = 'VOICE'
   AND e.occurred_at IS NOT NULL
   AND e.occurred_at = (e.occurred_on::timestamp AT TIME ZONE 'Europe/London');
