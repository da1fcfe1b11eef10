-- The application role appends audit events only through append_audit_event, which chooses each
-- event's seq under the chain lock (docs/adr/012-signed-audit-checkpoints.md). It may no longer
-- INSERT into audit_event itself, so it cannot choose a seq (INSERT ... OVERRIDING SYSTEM VALUE),
-- claim seqs ahead of the chain or write an event that is not linked to the one before it.
-- The function runs as its owner (SECURITY DEFINER) with a fixed search path, so nobody can slip
-- in a table or function of their own (pg_temp comes last).
ALTER FUNCTION append_audit_event(UUID, TIMESTAMPTZ, UUID, TEXT, UUID, TEXT, TEXT, TEXT, TEXT,
                                  TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT)
    SECURITY DEFINER SET search_path = public, pg_temp;
REVOKE EXECUTE ON FUNCTION append_audit_event(UUID, TIMESTAMPTZ, UUID, TEXT, UUID, TEXT, TEXT, TEXT,
                                              TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION append_audit_event(UUID, TIMESTAMPTZ, UUID, TEXT, UUID, TEXT, TEXT, TEXT,
                                             TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT)
    TO ${appRole};

-- Only when the application role is a role of its own: revoking INSERT from the owner would stop
-- the function itself (DatabaseRoleCheck refuses an owner running Harbour in any case).
DO $$
BEGIN
    IF '${appRole}' <> current_user THEN
        REVOKE INSERT ON audit_event FROM ${appRole};
    END IF;
END
$$;
