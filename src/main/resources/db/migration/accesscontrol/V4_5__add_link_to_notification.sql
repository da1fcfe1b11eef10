-- Where a notification leads: a path inside Harbour (for example the concern it is about).
ALTER TABLE notification ADD COLUMN link TEXT;
