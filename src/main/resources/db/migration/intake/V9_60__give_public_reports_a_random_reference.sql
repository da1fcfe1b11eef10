-- The reference a member of the public is given for their report: random (ten characters and a
-- check character, from an alphabet without look-alikes), so it says nothing about how many
-- reports the service has had. The concern keeps its internal sequence (reference) for staff.
-- Public reports sent before this migration were given their internal reference and keep it.
ALTER TABLE concern ADD COLUMN public_reference TEXT;
ALTER TABLE concern ADD CONSTRAINT concern_public_reference_unique UNIQUE (public_reference);
