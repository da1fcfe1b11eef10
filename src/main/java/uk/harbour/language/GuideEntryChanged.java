package uk.harbour.language;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;

/**
 * An administrator created or changed an entry of the language guide, by hand or by an import, in
 * the transaction that saved it. Audited as the entry's creation or change, saying which fields
 * changed. Only the audit listens, so the type stays inside this package.
 *
 * @param before the entry as it was, or null for a new one
 */
record GuideEntryChanged(@Nullable GuideEntry before, GuideEntry after) implements AuditedEvent {

  GuideEntryChanged {
    Objects.requireNonNull(after, "after");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(
                before == null ? AuditAction.CREATE : AuditAction.CHANGE,
                "language-entry",
                after.id())
            .withDetail(after.id() + ": " + GuideChanges.describe(before, after)));
  }
}
