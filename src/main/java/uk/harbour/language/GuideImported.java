package uk.harbour.language;

import java.util.List;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;

/**
 * An administrator imported guide entries, in the transaction that saved them (each entry created
 * or changed is a {@link GuideEntryChanged} of its own, before this). Audited as a change to the
 * guide, with the counts. Only the audit listens, so the type stays inside this package.
 *
 * @param entries how many entries the import held
 * @param changed how many of them were created or changed
 */
record GuideImported(int entries, int changed) implements AuditedEvent {

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(AuditAction.CHANGE, "language-guide", null)
            .withDetail("imported " + entries + " entries, " + changed + " created or changed"));
  }
}
