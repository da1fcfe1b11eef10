-- A password an administrator set (a new account's first password, or a reset) must be changed by
-- its owner at their next sign-in, so that no administrator knows a user's working password.
-- Existing accounts keep the passwords their owners already use.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
