package uk.harbour.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;
import uk.harbour.shared.UserId;

/**
 * A case's life: opened directly by the CSE service, a key worker allocated (and reallocated with a
 * reason) by a team manager, stepped down, closed with a reason and follow-up date, reopened. Every
 * change checks the version the user opened, is audited and goes into the chronology. A reopened
 * case takes the team's key worker and the concerns linked to the child while it was closed.
 */
@Service
class CaseLifecycle {

  private final Cases cases;
  private final CaseRepository repository;
  private final AccessPolicy access;
  private final Teams teams;
  private final Allocations allocations;
  private final CaseConcerns caseConcerns;
  private final Directory directory;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final CaseProperties properties;
  private final Clock clock;

  CaseLifecycle(
      Cases cases,
      CaseRepository repository,
      AccessPolicy access,
      Teams teams,
      Allocations allocations,
      CaseConcerns caseConcerns,
      Directory directory,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      CaseProperties properties,
      Clock clock) {
    this.cases = cases;
    this.repository = repository;
    this.access = access;
    this.teams = teams;
    this.allocations = allocations;
    this.caseConcerns = caseConcerns;
    this.directory = directory;
    this.currentUser = currentUser;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
  }

  /** Whether the user may open cases and change their status: key workers and team managers. */
  boolean mayChangeStatus() {
    return currentUser
        .get()
        .map(u -> u.has(Role.KEY_WORKER) || u.has(Role.TEAM_MANAGER))
        .orElse(false);
  }

  /** Whether the user may allocate key workers: team managers. */
  boolean mayAllocate() {
    return currentUser.get().map(u -> u.has(Role.TEAM_MANAGER)).orElse(false);
  }

  /**
   * Opens a case for a child the user can see, or returns the one not yet closed. The key worker in
   * the team around the child, if there is one, is the case's key worker.
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  CaseId openDirectly(ChildId child) {
    access.requireChildChange(child, AuditAction.CREATE);
    HarbourUser user = requireRole(mayChangeStatus(), child);
    return cases.openIfNone(child, clock.instant(), Optional.of(user));
  }

  /**
   * Makes a practitioner with the key worker role the key worker in the team around the child, and
   * so the case's key worker; the previous key worker leaves the team. A reallocation needs a
   * reason. {@link Allocations} writes the history and the chronology.
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  void allocate(CaseId id, int openedVersion, UserId keyWorker, String reason) {
    CaseSummary summary = cases.requireCaseToChange(id);
    HarbourUser user = requireRole(mayAllocate(), summary.child());
    CaseRecord current = repository.find(id).orElseThrow();
    if (current.version() != openedVersion) {
      throw stale(id);
    }
    directory
        .findUser(keyWorker)
        .filter(UserSummary::active)
        .filter(u -> u.has(Role.KEY_WORKER))
        .orElseThrow(() -> new IllegalArgumentException("Not an active key worker"));
    if (current.hasKeyWorker() && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("A reallocation needs a reason");
    }
    if (!repository.touch(id, openedVersion, clock.instant(), user.displayName())) {
      throw stale(id);
    }
    teams.appointKeyWorker(
        summary.child(), keyWorker, reason == null || reason.isBlank() ? null : reason);
  }

  /**
   * Moves the case to a new status with a reason. Closing may set a follow-up date; reopening
   * within the re-referral window of the closure flags the case.
   *
   * @return false if that change is not possible from where the case is now
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  boolean changeStatus(
      CaseId id, int openedVersion, CaseStatus target, String reason, LocalDate followUpOn) {
    CaseSummary summary = cases.requireCaseToChange(id);
    HarbourUser user = requireRole(mayChangeStatus(), summary.child());
    CaseRecord current = repository.find(id).orElseThrow();
    if (current.version() != openedVersion) {
      throw stale(id);
    }
    if (target == current.status()
        || (target != CaseStatus.OPEN && current.isClosed())
        || (current.isClosed() && repository.activeFor(summary.child()).isPresent())) {
      return false;
    }
    Instant now = clock.instant();
    LocalDate followUp = target == CaseStatus.CLOSED ? followUpOn : null;
    if (!repository.changeStatus(
        id, openedVersion, target, reason, followUp, now, user.displayName())) {
      throw stale(id);
    }
    if (current.isClosed()) {
      Instant windowStart =
          now.atZone(DisplayDates.ZONE).minus(properties.reReferralWindow()).toInstant();
      if (current.closedAt().isAfter(windowStart)) {
        repository.flagReReferral(id, current.closedAt());
      }
    }
    events.publishEvent(new CaseStatusChanged(id, current.status(), target, null));
    events.publishEvent(
        new CaseActivity(
            id,
            target == CaseStatus.CLOSED
                ? CaseActivity.Kind.CLOSURE
                : CaseActivity.Kind.STATUS_CHANGE,
            statusLine(current.status(), target) + ". Reason: " + reason,
            now,
            null));
    if (current.isClosed()) {
      allocations.caseOpened(id, summary.child(), true, now);
      caseConcerns.caseOpened(id, summary.child());
    }
    return true;
  }

  private static String statusLine(CaseStatus from, CaseStatus to) {
    return switch (to) {
      case CLOSED -> "Case closed";
      case STEPPED_DOWN -> "Case stepped down";
      case OPEN -> from == CaseStatus.CLOSED ? "Case reopened" : "Case stepped back up";
    };
  }

  private HarbourUser requireRole(boolean allowed, ChildId child) {
    if (!allowed) {
      events.publishEvent(
          Audited.denied(AuditAction.ACCESS_DENIED, AccessPolicy.CHILD, child)
              .withDetail("case change"));
      throw new AccessDeniedException("Not allowed to change cases");
    }
    return currentUser.require();
  }

  private StaleRecordException stale(CaseId id) {
    CaseRecord now = repository.find(id).orElseThrow();
    return new StaleRecordException(now.updatedByName(), now.updatedAt());
  }
}
