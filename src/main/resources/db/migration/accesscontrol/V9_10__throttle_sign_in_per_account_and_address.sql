-- Issue 9, item 2: failed sign-ins are throttled per account and per source address, and a lock
-- that only wrong passwords caused no longer keeps out someone with the right password and code.

-- Attempts in which one factor was right and the other wrong (a wrong code after the right
-- password, or the right code with a wrong password) are counted apart from wrong passwords: only
-- someone holding a factor can cause them, so they lock the account harder, code sign-in included.
ALTER TABLE app_user
    ADD COLUMN partial_failures     INT NOT NULL DEFAULT 0,
    ADD COLUMN partial_not_before   TIMESTAMPTZ,
    ADD COLUMN partial_locked_until TIMESTAMPTZ;

-- Each account's recent failed and refused sign-in attempts, with the address they came from, for
-- the administrator's user page. An account keeps its newest 200 rows of the last 30 days.
CREATE TABLE sign_in_failure (
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id UUID        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    at      TIMESTAMPTZ NOT NULL,
    address TEXT,
    kind    TEXT        NOT NULL
);
CREATE INDEX sign_in_failure_user_ix ON sign_in_failure (user_id, id);

-- Failed sign-ins per source address per time window, shared by every Harbour instance. The address
-- is not kept here: only a salted hash of it, and rows go once their window has passed.
CREATE TABLE sign_in_address_failures (
    address_hash TEXT        NOT NULL,
    window_start TIMESTAMPTZ NOT NULL,
    failures     INT         NOT NULL,
    PRIMARY KEY (address_hash, window_start)
);

-- The salt for those hashes: random, made once per database, the same for every instance.
CREATE TABLE sign_in_address_salt (
    id   INT PRIMARY KEY CHECK (id = 1),
    salt TEXT NOT NULL
);
INSERT INTO sign_in_address_salt (id, salt)
VALUES (1, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
