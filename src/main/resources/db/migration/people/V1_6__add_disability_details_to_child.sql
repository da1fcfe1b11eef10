ALTER TABLE child ADD COLUMN disability_details TEXT;
