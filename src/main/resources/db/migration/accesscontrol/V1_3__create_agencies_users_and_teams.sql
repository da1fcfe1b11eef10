CREATE TABLE agency (
    id         UUID PRIMARY KEY,
    name       TEXT        NOT NULL UNIQUE,
    kind       TEXT        NOT NULL,
    active     BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at TIMESTAMPTZ NOT NULL,
    version    INT         NOT NULL DEFAULT 0
);

CREATE TABLE app_user (
    id                  UUID PRIMARY KEY,
    username            TEXT        NOT NULL UNIQUE,
    display_name        TEXT        NOT NULL,
    email               TEXT,
    job_title           TEXT,
    agency_id           UUID        NOT NULL REFERENCES agency (id),
    manager_id          UUID REFERENCES app_user (id),
    password_hash       TEXT        NOT NULL,
    password_changed_at TIMESTAMPTZ NOT NULL,
    totp_secret         TEXT,
    totp_last_step      BIGINT,
    failed_attempts     INT         NOT NULL DEFAULT 0,
    not_before          TIMESTAMPTZ,
    locked_until        TIMESTAMPTZ,
    active              BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at          TIMESTAMPTZ NOT NULL,
    version             INT         NOT NULL DEFAULT 0
);
CREATE INDEX app_user_manager_ix ON app_user (manager_id);
CREATE INDEX app_user_agency_ix ON app_user (agency_id);

CREATE TABLE user_role (
    user_id UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- The team around the child: the practitioners working with one young person.
-- Membership is the basis of need-to-know access.
CREATE TABLE team_member (
    child_id  UUID        NOT NULL,
    user_id   UUID        NOT NULL REFERENCES app_user (id),
    team_role TEXT        NOT NULL,
    added_at  TIMESTAMPTZ NOT NULL,
    added_by  UUID,
    PRIMARY KEY (child_id, user_id)
);
CREATE INDEX team_member_user_ix ON team_member (user_id);

-- Children with a concern awaiting screening: screening officers may see them.
CREATE TABLE screening_access (
    child_id    UUID        NOT NULL,
    concern_ref TEXT        NOT NULL,
    since       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (child_id, concern_ref)
);

CREATE TABLE break_glass (
    id             UUID PRIMARY KEY,
    user_id        UUID        NOT NULL REFERENCES app_user (id),
    child_id       UUID        NOT NULL,
    reason         TEXT        NOT NULL,
    granted_at     TIMESTAMPTZ NOT NULL,
    expires_at     TIMESTAMPTZ NOT NULL,
    reviewed_by    UUID REFERENCES app_user (id),
    reviewed_at    TIMESTAMPTZ,
    review_outcome TEXT,
    review_note    TEXT,
    version        INT         NOT NULL DEFAULT 0
);
CREATE INDEX break_glass_user_child_ix ON break_glass (user_id, child_id, expires_at);
CREATE INDEX break_glass_unreviewed_ix ON break_glass (granted_at) WHERE reviewed_at IS NULL;

CREATE TABLE notification (
    id           UUID PRIMARY KEY,
    recipient_id UUID        NOT NULL REFERENCES app_user (id),
    kind         TEXT        NOT NULL,
    child_id     UUID,
    subject_id   UUID,
    message      TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    read_at      TIMESTAMPTZ
);
CREATE INDEX notification_recipient_ix ON notification (recipient_id, created_at);

-- The one need-to-know rule, used inside every query that returns children:
-- (a) in the team, (b) manages someone in the team, (c) screening officer and a concern
-- awaits screening, (d) unexpired break-glass. Administrators and inactive users see none.
CREATE FUNCTION visible_child_ids(p_user UUID)
    RETURNS TABLE (child_id UUID)
    LANGUAGE sql STABLE
AS $$
    SELECT v.child_id FROM (
        SELECT tm.child_id FROM team_member tm WHERE tm.user_id = p_user
        UNION
        SELECT tm.child_id FROM team_member tm JOIN app_user m ON m.id = tm.user_id
         WHERE m.manager_id = p_user
        UNION
        SELECT sa.child_id FROM screening_access sa
         WHERE EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = p_user AND r.role = 'SCREENING_OFFICER')
        UNION
        SELECT bg.child_id FROM break_glass bg WHERE bg.user_id = p_user AND bg.expires_at > now()
    ) v
    WHERE EXISTS (SELECT 1 FROM app_user u WHERE u.id = p_user AND u.active)
      AND NOT EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = p_user AND r.role = 'SYSTEM_ADMINISTRATOR')
$$;
