-- Disruption activities against a register entry (a person, vehicle, phone, online account or
-- premises), with the children they protect, their dates, breaches and outcome (docs/adr/022).
-- victims_views_considered is required: yes with how, or no with why not (victims_views).
CREATE TABLE disruption_activity (
    id                       UUID PRIMARY KEY,
    target_id                UUID        NOT NULL REFERENCES intel_entity (id),
    tactic_id                UUID        NOT NULL REFERENCES disruption_tactic (id),
    lead_agency              TEXT        NOT NULL,
    lead_officer             UUID        NOT NULL REFERENCES app_user (id),
    proposed_on              DATE        NOT NULL,
    approved_on              DATE,
    applied_on               DATE,
    served_on                DATE,
    expires_on               DATE,
    conditions               TEXT,
    outcome                  TEXT CHECK (outcome IN ('SERVED', 'REFUSED', 'BREACHED_ARREST',
                                                     'BREACHED_CHARGE', 'EXPIRED', 'WITHDRAWN')),
    victims_views_considered BOOLEAN     NOT NULL,
    victims_views            TEXT        NOT NULL,
    version                  INT         NOT NULL,
    created_at               TIMESTAMPTZ NOT NULL,
    created_by_name          TEXT        NOT NULL,
    updated_at               TIMESTAMPTZ NOT NULL,
    updated_by_name          TEXT        NOT NULL,
    CHECK (expires_on IS NULL OR served_on IS NOT NULL AND expires_on > served_on)
);
CREATE INDEX disruption_activity_target_ix ON disruption_activity (target_id);
CREATE INDEX disruption_activity_lead_ix ON disruption_activity (lead_officer);
CREATE INDEX disruption_activity_expiry_ix ON disruption_activity (expires_on)
    WHERE expires_on IS NOT NULL;

CREATE TABLE disruption_activity_child (
    activity_id UUID NOT NULL REFERENCES disruption_activity (id),
    child_id    UUID NOT NULL REFERENCES child (id),
    PRIMARY KEY (activity_id, child_id)
);
CREATE INDEX disruption_activity_child_child_ix ON disruption_activity_child (child_id);

-- Breaches are added, never rewritten: what happened and what followed.
CREATE TABLE disruption_breach (
    id               UUID PRIMARY KEY,
    activity_id      UUID        NOT NULL REFERENCES disruption_activity (id),
    occurred_on      DATE        NOT NULL,
    what_happened    TEXT        NOT NULL,
    what_followed    TEXT        NOT NULL CHECK (what_followed IN ('ARREST', 'CHARGE', 'WARNING',
                                                                   'NONE')),
    recorded_at      TIMESTAMPTZ NOT NULL,
    recorded_by_name TEXT        NOT NULL
);
CREATE INDEX disruption_breach_activity_ix ON disruption_breach (activity_id, occurred_on);

-- Each expiry reminder sent: once per activity, lead time and expiry date (a new expiry date,
-- after an extension, is reminded afresh).
CREATE TABLE disruption_reminder_sent (
    activity_id UUID        NOT NULL REFERENCES disruption_activity (id),
    days_before INT         NOT NULL,
    expires_on  DATE        NOT NULL,
    sent_to     UUID        NOT NULL REFERENCES app_user (id),
    sent_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (activity_id, days_before, expires_on)
);
