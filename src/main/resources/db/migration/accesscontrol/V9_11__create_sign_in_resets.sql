-- Issue 9, item 1: an administrator's reset of someone's second factor, or of their password while
-- they have no second factor, waits for a data protection officer's approval before it takes
-- effect. Together with an administrator's new password such a reset replaces every factor the
-- account has, so whoever asked for it could otherwise sign in as the account's owner.
CREATE TABLE sign_in_reset (
    id               UUID PRIMARY KEY,
    user_id          UUID        NOT NULL REFERENCES app_user (id),
    second_factor    BOOLEAN     NOT NULL,
    password         BOOLEAN     NOT NULL,
    -- The new password's hash, kept only while the request waits.
    password_hash    TEXT,
    reason           TEXT        NOT NULL,
    requested_by     UUID        NOT NULL REFERENCES app_user (id),
    requested_at     TIMESTAMPTZ NOT NULL,
    status           TEXT        NOT NULL DEFAULT 'AWAITING',
    decided_by       UUID REFERENCES app_user (id),
    decided_at       TIMESTAMPTZ,
    decision_note    TEXT,
    first_sign_in_at TIMESTAMPTZ,
    version          INT         NOT NULL DEFAULT 0,
    CONSTRAINT sign_in_reset_resets_something CHECK (second_factor OR password),
    CONSTRAINT sign_in_reset_status_known CHECK (status IN ('AWAITING', 'APPROVED', 'REFUSED')),
    CONSTRAINT sign_in_reset_decided_unless_awaiting
        CHECK ((status = 'AWAITING') = (decided_by IS NULL AND decided_at IS NULL)),
    -- A second person: nobody decides on their own request or on a reset of their own account.
    CONSTRAINT sign_in_reset_not_for_requester CHECK (requested_by <> user_id),
    CONSTRAINT sign_in_reset_decided_by_another
        CHECK (decided_by <> requested_by AND decided_by <> user_id),
    CONSTRAINT sign_in_reset_password_kept_while_awaiting
        CHECK (CASE WHEN status = 'AWAITING' THEN password = (password_hash IS NOT NULL)
                    ELSE password_hash IS NULL END)
);
-- One request at a time per account.
CREATE UNIQUE INDEX sign_in_reset_one_awaiting_ix ON sign_in_reset (user_id)
    WHERE status = 'AWAITING';
CREATE INDEX sign_in_reset_user_ix ON sign_in_reset (user_id, requested_at);
CREATE INDEX sign_in_reset_requested_by_ix ON sign_in_reset (requested_by);
CREATE INDEX sign_in_reset_decided_by_ix ON sign_in_reset (decided_by);
CREATE INDEX sign_in_reset_decided_at_ix ON sign_in_reset (decided_at) WHERE status <> 'AWAITING';

-- The approved reset the account's owner (or whoever signs in next) is shown at the next complete
-- sign-in; cleared at that sign-in, when the owner and their line manager are told.
ALTER TABLE app_user ADD COLUMN reset_to_show UUID REFERENCES sign_in_reset (id);
CREATE INDEX app_user_reset_to_show_ix ON app_user (reset_to_show);
