-- What happened at the outcome and why (a refusal's reasons, why an order was withdrawn, what a
-- breach led to), as the officer typed it. Optional; never truncated. Numbered after every issue 11
-- migration already landed, as Flyway here applies versions in order only.
ALTER TABLE disruption_activity ADD COLUMN outcome_notes TEXT;
