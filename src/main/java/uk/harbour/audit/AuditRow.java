package uk.harbour.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One row of the audit pages: someone did the same thing to the same record {@code times} times
 * between {@code from} and {@code to} (once, when both are the same), in words.
 *
 * @param name the person's name as the directory has it now, or {@code null} when nobody was signed
 *     in or the account is not in the directory (then show {@code username})
 * @param username the username recorded, or {@code anonymous}
 * @param agencyName their agency at the time
 * @param roles their roles at the time, role names in name order
 * @param action what they did (an {@code AuditAction} name as recorded)
 * @param outcome whether it was allowed (an {@code AuditOutcome} name as recorded)
 * @param recordType the kind of record, or {@code null} for a list or search
 * @param record the record in words: a message key and its arguments ({@code audit.record.*})
 * @param reason the reason they gave (break-glass), or {@code null}
 * @param ipAddress the address of the newest time, or {@code null}
 * @param severalAddresses whether the times came from more than one address
 */
public record AuditRow(
    Instant from,
    Instant to,
    int times,
    @Nullable UUID userId,
    @Nullable String name,
    @Nullable String username,
    @Nullable String agencyName,
    List<String> roles,
    String action,
    String outcome,
    @Nullable String recordType,
    @Nullable String recordId,
    RecordDescription record,
    @Nullable String reason,
    @Nullable String ipAddress,
    boolean severalAddresses) {

  public AuditRow {
    roles = List.copyOf(roles);
  }

  /** Whether this row stands for more than one time. */
  public boolean repeated() {
    return times > 1;
  }

  /** Whether nobody was signed in (a public report, a failed sign-in). */
  public boolean anonymous() {
    return userId == null && AuditRecorder.ANONYMOUS.equals(username);
  }

  /** Whether the thing was refused. */
  public boolean refused() {
    return "DENIED".equals(outcome);
  }

  /**
   * Where it happened, for "who has seen this record": the record type, or {@code list} for a list
   * or search (which names the child without being their record).
   */
  public String place() {
    return recordType == null || (recordId == null && AuditRecorder.CHILD.equals(recordType))
        ? "list"
        : recordType;
  }
}
