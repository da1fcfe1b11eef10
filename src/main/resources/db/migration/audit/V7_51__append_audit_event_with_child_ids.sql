-- append_audit_event (V7_10) learns child_ids (V7_50): an event that names other children is
-- hashed in the v2 canonical form, labelled harbour-audit-v2 and ending with child_ids; every other
-- event keeps the v1 form (docs/adr/002-audit-hash-chain.md). AuditLog still compares the hash the
-- database writes with AuditHash, the definition, on every append.
DROP FUNCTION append_audit_event(UUID, TIMESTAMPTZ, UUID, TEXT, UUID, TEXT, TEXT, TEXT, TEXT,
                                 TEXT, TEXT, TEXT, TEXT, TEXT, TEXT);

CREATE FUNCTION append_audit_event(
    p_id UUID, p_occurred_at TIMESTAMPTZ, p_user_id UUID, p_username TEXT, p_agency_id UUID,
    p_agency_name TEXT, p_roles TEXT, p_action TEXT, p_record_type TEXT, p_record_id TEXT,
    p_outcome TEXT, p_ip_address TEXT, p_session_ref TEXT, p_reason TEXT, p_detail TEXT,
    p_child_ids TEXT)
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
        v_prev
            || CASE WHEN p_child_ids IS NULL THEN 'harbour-audit-v1;' ELSE 'harbour-audit-v2;' END
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
            || audit_canonical_field(p_detail)
            || CASE WHEN p_child_ids IS NULL THEN '' ELSE audit_canonical_field(p_child_ids) END,
        'UTF8')), 'hex');
    INSERT INTO audit_event (seq, id, occurred_at, user_id, username, agency_id, agency_name,
                             roles, action, record_type, record_id, outcome, ip_address,
                             session_ref, reason, detail, prev_hash, hash, child_ids)
    OVERRIDING SYSTEM VALUE
    VALUES (v_seq, p_id, p_occurred_at, p_user_id, p_username, p_agency_id, p_agency_name,
            p_roles, p_action, p_record_type, p_record_id, p_outcome, p_ip_address,
            p_session_ref, p_reason, p_detail, v_prev, v_hash, p_child_ids);
    RETURN QUERY SELECT v_seq, v_prev, v_hash;
END
$$;
