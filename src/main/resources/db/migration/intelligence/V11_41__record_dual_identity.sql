-- Dual identity (issue 11, item 4): a person of concern on the register who is also a child known
-- to Harbour. intel_entity.child_id holds the current answer; this table keeps every decision to
-- record or remove it, with its reasons, so that it is reversible and nothing is lost.
CREATE TABLE intel_dual_identity (
    id              UUID PRIMARY KEY,
    entity_id       UUID        NOT NULL REFERENCES intel_entity (id),
    child_id        UUID        NOT NULL REFERENCES child (id),
    decision        TEXT        NOT NULL CHECK (decision IN ('RECORDED', 'REMOVED')),
    reasons         TEXT        NOT NULL,
    decided_by      UUID        NOT NULL REFERENCES app_user (id),
    decided_by_name TEXT        NOT NULL,
    decided_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX intel_dual_identity_entity_ix ON intel_dual_identity (entity_id, decided_at);
