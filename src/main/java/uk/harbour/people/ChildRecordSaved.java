package uk.harbour.people;

import java.util.List;
import java.util.Objects;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.shared.ChildId;

/**
 * A child's record was opened ({@code created}) or its details were changed. Audited as a creation
 * or a change of the child's record.
 */
public record ChildRecordSaved(ChildId child, boolean created) implements AuditedEvent {

  public ChildRecordSaved {
    Objects.requireNonNull(child, "child");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(
            created ? AuditAction.CREATE : AuditAction.CHANGE, Children.RECORD_TYPE, child));
  }
}
