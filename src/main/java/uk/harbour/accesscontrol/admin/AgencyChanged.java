package uk.harbour.accesscontrol.admin;

import java.util.List;
import java.util.Objects;
import uk.harbour.accesscontrol.AgencyKind;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.shared.AgencyId;

/**
 * An administrator added or changed an agency, in the transaction that saved it. Audited as the
 * agency's creation or change, naming its kind. Only the audit listens, so the type stays inside
 * this package.
 *
 * @param created whether the agency is new
 */
record AgencyChanged(AgencyId agency, boolean created, AgencyKind kind) implements AuditedEvent {

  AgencyChanged {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(kind, "kind");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(created ? AuditAction.CREATE : AuditAction.CHANGE, "agency", agency)
            .withDetail(kind.name()));
  }
}
