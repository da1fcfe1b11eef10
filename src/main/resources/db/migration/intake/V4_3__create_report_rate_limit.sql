-- Public reports per client address per time window, shared by every Harbour instance.
-- The address is never stored: only a salted hash of it, and rows go once their window has passed.
CREATE TABLE report_rate_limit (
    key_hash     TEXT        NOT NULL,
    window_start TIMESTAMPTZ NOT NULL,
    submissions  INT         NOT NULL,
    PRIMARY KEY (key_hash, window_start)
);

-- The salt for those hashes: random, made once per database, the same for every instance.
CREATE TABLE report_rate_salt (
    id   INT PRIMARY KEY CHECK (id = 1),
    salt TEXT NOT NULL
);
INSERT INTO report_rate_salt (id, salt)
VALUES (1, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
