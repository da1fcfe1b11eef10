package uk.harbour.audit;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.harbour.shared.ChildId;

/**
 * Published by any module when personal data is viewed, searched, exported, created, changed or
 * denied. The audit module records it synchronously, for the publisher's transaction: an event
 * about a change is written in that transaction, an access (view, search, export, refusal) as it
 * commits, and either way, if the event cannot be written, the work fails with it (docs/adr/002).
 * Who, when and where are added by the audit module from the current request.
 *
 * @param action what was done
 * @param recordType the kind of record, for example {@code child} or {@code user}
 * @param recordId the record's id, or {@code null} for searches and lists
 * @param outcome whether it succeeded
 * @param reason the user's stated reason (break-glass), if any
 * @param detail a short, non-sensitive note such as the number of search results
 * @param children the children the event is about besides its own record: those a list or search
 *     showed, or the child a case, concern or notification is about. They appear in each child's
 *     "who has seen this record". A {@code child} record's own id need not be repeated here, and a
 *     module's {@link RecordChildren} adds the child of its records by itself.
 */
public record Audited(
    AuditAction action,
    String recordType,
    @Nullable String recordId,
    AuditOutcome outcome,
    @Nullable String reason,
    @Nullable String detail,
    @Nullable List<ChildId> children) {

  public Audited {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    children =
        children == null
            ? List.of()
            : children.stream().filter(Objects::nonNull).distinct().toList();
  }

  public Audited(
      AuditAction action,
      String recordType,
      @Nullable String recordId,
      AuditOutcome outcome,
      @Nullable String reason,
      @Nullable String detail) {
    this(action, recordType, recordId, outcome, reason, detail, List.of());
  }

  public static Audited succeeded(
      AuditAction action, String recordType, @Nullable Object recordId) {
    return new Audited(action, recordType, str(recordId), AuditOutcome.SUCCEEDED, null, null);
  }

  public static Audited denied(AuditAction action, String recordType, @Nullable Object recordId) {
    return new Audited(action, recordType, str(recordId), AuditOutcome.DENIED, null, null);
  }

  public Audited withReason(@Nullable String why) {
    return new Audited(action, recordType, recordId, outcome, why, detail, children);
  }

  public Audited withDetail(@Nullable String note) {
    return new Audited(action, recordType, recordId, outcome, reason, note, children);
  }

  /** The same event, also about these children (for example those a list showed). */
  public Audited withChildren(Collection<ChildId> shown) {
    return new Audited(action, recordType, recordId, outcome, reason, detail, List.copyOf(shown));
  }

  private static @Nullable String str(@Nullable Object id) {
    return id == null ? null : id.toString();
  }
}
