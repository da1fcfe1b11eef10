package uk.harbour.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.harbour.shared.UserId;

/**
 * One time someone viewed, changed, exported or was refused a record, as the "who has seen this
 * record" page shows it.
 *
 * @param occurredAt when, in UTC
 * @param userId who, or {@code null} when nobody was signed in
 * @param username their username, or {@code anonymous}
 * @param agencyName their agency at the time, or {@code null}
 * @param roles their roles at the time (role names such as {@code KEY_WORKER}), in name order
 * @param recordType what the event was recorded against: {@code child} (the record itself), {@code
 *     case}, {@code concern}, another module's record ({@code notification} for someone's list of
 *     notifications), or {@code null} for a list or search of children
 * @param action what they did
 * @param outcome whether it succeeded or was refused
 * @param reason the reason they gave (break-glass), or {@code null}
 */
public record AccessRecord(
    Instant occurredAt,
    @Nullable UserId userId,
    @Nullable String username,
    @Nullable String agencyName,
    List<String> roles,
    @Nullable String recordType,
    AuditAction action,
    AuditOutcome outcome,
    @Nullable String reason) {

  public AccessRecord {
    roles = List.copyOf(roles);
  }

  /** Where it happened, for the page: the record type, or {@code list} for a list or search. */
  public String place() {
    return recordType == null ? "list" : recordType;
  }

  static AccessRecord of(StoredEvent e) {
    return new AccessRecord(
        e.occurredAt(),
        e.userId() == null ? null : new UserId(e.userId()),
        e.username(),
        e.agencyName(),
        e.roles() == null || e.roles().isEmpty() ? List.of() : List.of(e.roles().split(",")),
        e.recordId() == null && "child".equals(e.recordType()) ? null : e.recordType(),
        AuditAction.valueOf(e.action()),
        AuditOutcome.valueOf(e.outcome()),
        e.reason());
  }
}
