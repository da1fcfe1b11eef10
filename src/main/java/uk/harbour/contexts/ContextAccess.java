package uk.harbour.contexts;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;

/**
 * Who may do what in the register. Everyone the security rule lets into /contexts (the
 * partnership's practitioners) may read the register and refer a context; only the contextual
 * safeguarding lead records contexts, assessments, conferences, plans and decisions; team managers
 * and the lead see the ranking. A refusal is audited and answered 403 (the register is no secret;
 * the children linked to it are, and those are never shown to anyone who may not see them).
 */
@Component
class ContextAccess {

  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;

  ContextAccess(CurrentUser currentUser, ApplicationEventPublisher events) {
    this.currentUser = currentUser;
    this.events = events;
  }

  boolean lead() {
    return currentUser.get().map(u -> u.has(Role.CONTEXTUAL_SAFEGUARDING_LEAD)).orElse(false);
  }

  boolean mayRank() {
    return lead() || currentUser.get().map(u -> u.has(Role.TEAM_MANAGER)).orElse(false);
  }

  /** Refuses (audited, 403) anyone but the lead. */
  @Transactional(noRollbackFor = AccessDeniedException.class)
  public void requireLead(String recordType, @Nullable Object id, AuditAction attempted) {
    if (!lead()) {
      events.publishEvent(
          Audited.denied(AuditAction.ACCESS_DENIED, recordType, id).withDetail(attempted.name()));
      throw new AccessDeniedException("Only the contextual safeguarding lead");
    }
  }

  @Transactional(noRollbackFor = AccessDeniedException.class)
  public void requireRanking() {
    if (!mayRank()) {
      events.publishEvent(
          Audited.denied(AuditAction.ACCESS_DENIED, ContextChanged.RECORD_TYPE, null)
              .withDetail("ranking"));
      throw new AccessDeniedException("Only team managers and the lead");
    }
  }

  HarbourUser me() {
    return currentUser.require();
  }
}
