-- Who attended a plan review, one row per person: name, agency, role or relationship. The old
-- free-text column stays for notes about attendance (apologies, anyone not listed); reviews
-- recorded before this migration keep their text there.
CREATE TABLE plan_review_attendee (
    review_id UUID NOT NULL REFERENCES plan_review (id),
    position  INT  NOT NULL,
    name      TEXT NOT NULL,
    agency    TEXT NOT NULL,
    role      TEXT NOT NULL,
    PRIMARY KEY (review_id, position)
);
ALTER TABLE plan_review ALTER COLUMN attendees DROP NOT NULL;

-- When the plan was first finalised: the first review falls due a review interval after it.
ALTER TABLE plan ADD COLUMN first_finalised_at TIMESTAMPTZ;
UPDATE plan SET first_finalised_at = finalised_at;
