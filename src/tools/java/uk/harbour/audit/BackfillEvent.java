package uk.harbour.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One synthetic event of past activity for {@link AuditBackfill}: the same fields {@code
 * AuditRecorder} writes for a real request, given by the caller instead of taken from the request.
 * The chain fields (seq, previous hash, hash) are added when it is appended. {@code childId} is the
 * child the event is about (the child's own record or their case), or null; it goes into the index
 * behind "who has seen this record", as {@code AuditRecorder} does for a real request.
 */
public record BackfillEvent(
    UUID id,
    Instant occurredAt,
    UUID userId,
    String username,
    UUID agencyId,
    String agencyName,
    String roles,
    String action,
    String recordType,
    String recordId,
    String outcome,
    String ipAddress,
    String sessionRef,
    String reason,
    String detail,
    UUID childId) {

  /** The event as stored at {@code seq} after {@code prevHash}, its time cut to microseconds. */
  StoredEvent linked(long seq, String prevHash) {
    StoredEvent unhashed =
        new StoredEvent(
            seq,
            id,
            occurredAt.truncatedTo(ChronoUnit.MICROS),
            userId,
            username,
            agencyId,
            agencyName,
            roles,
            action,
            recordType,
            recordId,
            outcome,
            ipAddress,
            sessionRef,
            reason,
            detail,
            prevHash,
            null,
            null);
    return AuditLogRepository.withChain(unhashed, seq, prevHash, AuditHash.of(unhashed));
  }
}
