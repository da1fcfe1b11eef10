package uk.harbour.intake;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordIds;
import uk.harbour.shared.RecordNotFoundException;

/**
 * Who may see a concern. A draft is its reporter's alone. A submitted concern may be seen by its
 * reporter, by screening officers, and by anyone the access policy lets see the child it is linked
 * to. Contact details a member of the public gave are for screening officers only. Anyone else is
 * told the concern does not exist, and the attempt is audited.
 */
@Component
class ConcernAccess {

  static final String RECORD_TYPE = "concern";

  /**
   * A change to a concern's link with a child, audited against both: the concern with {@code
   * concernDetail}, then the child with {@code childDetail}.
   */
  /** Rejects a link or unlink event without the concern, its reference, the child or the time. */
  static void requireLinkParts(UUID concernId, String reference, ChildId child, Instant at) {
    Objects.requireNonNull(concernId, "concernId");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(at, "at");
  }

  static List<Audited> linkChange(
      UUID concernId, String concernDetail, ChildId child, String childDetail) {
    return List.of(
        Audited.succeeded(AuditAction.CHANGE, RECORD_TYPE, concernId).withDetail(concernDetail),
        Audited.succeeded(AuditAction.CHANGE, AccessPolicy.CHILD, child).withDetail(childDetail));
  }

  private final CurrentUser currentUser;
  private final AccessPolicy policy;
  private final ApplicationEventPublisher events;

  ConcernAccess(CurrentUser currentUser, AccessPolicy policy, ApplicationEventPublisher events) {
    this.currentUser = currentUser;
    this.policy = policy;
    this.events = events;
  }

  boolean mayView(Concern concern) {
    HarbourUser user = currentUser.get().orElse(null);
    if (user == null || user.has(Role.SYSTEM_ADMINISTRATOR)) {
      return false;
    }
    if (concern.raisedBy(user.id())) {
      return true;
    }
    if (concern.isDraft()) {
      return false;
    }
    return user.has(Role.SCREENING_OFFICER)
        || (concern.childId() != null && policy.maySeeChild(concern.childId()));
  }

  boolean mayEdit(Concern concern) {
    return concern.isDraft() && isReporter(concern);
  }

  boolean isReporter(Concern concern) {
    return currentUser.get().map(u -> concern.raisedBy(u.id())).orElse(false);
  }

  boolean isScreeningOfficer() {
    return currentUser.get().map(u -> u.has(Role.SCREENING_OFFICER)).orElse(false);
  }

  /** Records the refused attempt and answers as if the concern did not exist. */
  RecordNotFoundException refuse(UUID concern, AuditAction attempted) {
    events.publishEvent(
        Audited.denied(AuditAction.ACCESS_DENIED, RECORD_TYPE, concern)
            .withDetail(attempted.name()));
    return new RecordNotFoundException(RECORD_TYPE);
  }

  static UUID parseId(String raw) {
    return RecordIds.parse(raw, RECORD_TYPE);
  }

  /**
   * The audit event for a list of concerns shown: one view of the list, naming the children the
   * listed concerns are linked to, so the list is in each child's "who has seen this record".
   */
  static Audited listed(java.util.List<Concern> shown, String detail) {
    return new Audited(AuditAction.VIEW, RECORD_TYPE, null, AuditOutcome.SUCCEEDED, null, detail)
        .withChildren(
            shown.stream()
                .map(Concern::childId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
  }
}
