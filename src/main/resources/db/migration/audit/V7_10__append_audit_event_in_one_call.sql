-- Appending an audit event in one call: take the chain lock, read the last event, hash the new one
-- and insert it, all inside the database, so the lock is held for one round trip and the commit
-- instead of four (docs/adr/002-audit-hash-chain.md, "One call under the lock"). The hash is the
-- one AuditHash defines in Java; AuditLog compares the two on every append.

-- One field of the canonical form: S<length in UTF-8 bytes>:<value>; or N; for null.
CREATE FUNCTION audit_canonical_field(v TEXT)
    RETURNS TEXT
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT CASE WHEN v IS NULL THEN 'N;'
                ELSE 'S' || octet_length(convert_to(v, 'UTF8')) || ':' || v || ';' END
$$;

CREATE FUNCTION append_audit_event(
    p_id UUID, p_occurred_at TIMESTAMPTZ, p_user_id UUID, p_username TEXT, p_agency_id UUID,
    p_agency_name TEXT, p_roles TEXT, p_action TEXT, p_record_type TEXT, p_record_id TEXT,
    p_outcome TEXT, p_ip_address TEXT, p_session_ref TEXT, p_reason TEXT, p_detail TEXT)
    RETURNS TABLE (seq BIGINT, prev_hash TEXT, hash TEXT)
    LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
    v_seq  BIGINT;
    v_prev TEXT;
    v_hash TEXT;
BEGIN
    -- the same lock as AuditLog.CHAIN_LOCK ("HARBAUDT"), held until the caller's transaction ends;
    -- each statement below takes a new snapshot, so it sees every event committed before the lock
    PERFORM pg_advisory_xact_lock(5206533088734430292);
    SELECT e.seq, e.hash INTO v_seq, v_prev FROM audit_event e ORDER BY e.seq DESC LIMIT 1;
    v_seq := coalesce(v_seq, 0) + 1;
    v_prev := coalesce(v_prev, repeat('0', 64));
    v_hash := encode(sha256(convert_to(
        v_prev || 'harbour-audit-v1;'
            || audit_canonical_field(v_seq::text)
            || audit_canonical_field(p_id::text)
            || audit_canonical_field(
                   to_char(p_occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
            || audit_canonical_field(p_user_id::text)
            || audit_canonical_field(p_username)
            || audit_canonical_field(p_agency_id::text)
            || audit_canonical_field(p_agency_name)
            || audit_canonical_field(p_roles)
            || audit_canonical_field(p_action)
            || audit_canonical_field(p_record_type)
            || audit_canonical_field(p_record_id)
            || audit_canonical_field(p_outcome)
            || audit_canonical_field(p_ip_address)
            || audit_canonical_field(p_session_ref)
            || audit_canonical_field(p_reason)
            || audit_canonical_field(p_detail),
        'UTF8')), 'hex');
    INSERT INTO audit_event (seq, id, occurred_at, user_id, username, agency_id, agency_name,
                             roles, action, record_type, record_id, outcome, ip_address,
                             session_ref, reason, detail, prev_hash, hash)
    OVERRIDING SYSTEM VALUE
    VALUES (v_seq, p_id, p_occurred_at, p_user_id, p_username, p_agency_id, p_agency_name,
            p_roles, p_action, p_record_type, p_record_id, p_outcome, p_ip_address,
            p_session_ref, p_reason, p_detail, v_prev, v_hash);
    RETURN QUERY SELECT v_seq, v_prev, v_hash;
END
$$;
