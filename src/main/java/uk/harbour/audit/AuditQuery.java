package uk.harbour.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a data protection officer searches the audit trail for. Every part is optional; absent parts
 * are {@code null}.
 *
 * @param username the user who acted, exactly (usernames are stored in lower case)
 * @param action what they did (an {@code AuditAction} name)
 * @param recordType the kind of record, for example {@code child}
 * @param recordId the record's id; only with a record type
 * @param from events at or after this instant
 * @param until events before this instant
 */
record AuditQuery(
    @Nullable String username,
    @Nullable String action,
    @Nullable String recordType,
    @Nullable String recordId,
    @Nullable Instant from,
    @Nullable Instant until) {}
