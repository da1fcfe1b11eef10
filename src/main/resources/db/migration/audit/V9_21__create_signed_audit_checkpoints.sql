-- Signed checkpoints of the audit chain (docs/adr/012-signed-audit-checkpoints.md): the latest
-- event's seq and hash at intervals and on demand, with an HMAC made with a key no database role
-- can read. audit verify checks the chain still passes through every checkpoint and reaches the
-- latest, so deleting the newest events is found. Each checkpoint is also appended to a file
-- outside the database.
CREATE TABLE audit_checkpoint (
    id          BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    seq         BIGINT      NOT NULL,
    hash        TEXT        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    signature   TEXT        NOT NULL
);
CREATE INDEX audit_checkpoint_seq_ix ON audit_checkpoint (seq);

-- Adds a checkpoint, only of an event that exists with that hash; runs as the owner, so the
-- application role needs no INSERT of its own.
CREATE FUNCTION record_audit_checkpoint(
    p_seq BIGINT, p_hash TEXT, p_recorded_at TIMESTAMPTZ, p_signature TEXT)
    RETURNS BIGINT
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    v_id BIGINT;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.seq = p_seq AND e.hash = p_hash) THEN
        RAISE EXCEPTION 'no audit event seq=% with that hash', p_seq USING ERRCODE = '23514';
    END IF;
    INSERT INTO audit_checkpoint (seq, hash, recorded_at, signature)
    VALUES (p_seq, p_hash, p_recorded_at, p_signature)
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
REVOKE EXECUTE ON FUNCTION record_audit_checkpoint(BIGINT, TEXT, TIMESTAMPTZ, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION record_audit_checkpoint(BIGINT, TEXT, TIMESTAMPTZ, TEXT) TO ${appRole};

-- The application role reads checkpoints and adds them only through the function: it may never
-- change or remove one, nor write one of its own.
DO $$
BEGIN
    IF '${appRole}' <> current_user THEN
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_checkpoint FROM ${appRole};
    END IF;
END
$$;
