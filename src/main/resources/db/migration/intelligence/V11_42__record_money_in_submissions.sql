-- Money (issue 11, item 1): what a submitter knows of money, gifts or debts around the child and
-- the adults (amounts, how it was paid, payment apps or accounts named), in their own words.
ALTER TABLE intel_submission ADD COLUMN money TEXT;
