-- The child's Harbour reference, so reviewers can identify the record without seeing it.
ALTER TABLE break_glass ADD COLUMN child_reference TEXT;
