-- Who last changed an episode, for the "this record changed since you opened it" message.
ALTER TABLE missing_episode ADD COLUMN updated_by_name TEXT;
