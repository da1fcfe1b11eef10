package uk.harbour.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.KeyWorkerChanged;
import uk.harbour.shared.ChildId;

/**
 * Keeps each case's key workers over time in step with the one place Harbour holds who the key
 * worker is, the team around the child: when the team's key worker changes (on the case's allocate
 * page, the team page, a merge or its undoing), and when a case opens or is reopened. Each change
 * of the history is audited against the case and goes in its chronology, in the transaction that
 * made it.
 */
@Component
class Allocations {

  private final AllocationRepository allocations;
  private final CaseRepository cases;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Allocations(
      AllocationRepository allocations,
      CaseRepository cases,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      Clock clock) {
    this.allocations = allocations;
    this.cases = cases;
    this.currentUser = currentUser;
    this.events = events;
    this.clock = clock;
  }

  /** The team's key worker changed: the child's open or stepped-down case follows. */
  @EventListener
  void on(KeyWorkerChanged change) {
    cases
        .activeFor(change.child())
        .ifPresent(
            c -> {
              Instant now = clock.instant();
              if (bringIntoLine(c.id(), c.child(), change.reason(), null, now)) {
                cases.touch(c.id(), now, by());
              }
            });
  }

  /**
   * A case has just opened, or been reopened: its history starts with (or moves to) the key worker
   * the team around the child already has.
   */
  void caseOpened(CaseId id, ChildId child, boolean reopened, Instant now) {
    bringIntoLine(
        id,
        child,
        reopened ? "Key worker in the team when the case was reopened" : null,
        "already the key worker in the team around the child",
        now);
  }

  /**
   * Ends the history's current allocation and starts one for the team's key worker, if they differ.
   *
   * @param reason why, for the history and the chronology, or null
   * @param already said in the chronology of a key worker who held the role before this case
   * @return whether the history changed
   */
  private boolean bringIntoLine(
      CaseId id, ChildId child, String reason, String already, Instant now) {
    Optional<AllocationRepository.KeyWorker> team = allocations.keyWorkerOf(child);
    Optional<AllocationRepository.Current> current = allocations.current(id);
    UUID nextId = team.map(AllocationRepository.KeyWorker::id).orElse(null);
    UUID before = current.map(AllocationRepository.Current::keyWorkerId).orElse(null);
    if (Objects.equals(nextId, before)) {
      return false;
    }
    String by = by();
    current.ifPresent(c -> allocations.end(id, now));
    team.ifPresent(k -> allocations.start(id, k, reason, now, by));
    String previous = current.map(AllocationRepository.Current::keyWorkerName).orElse(null);
    String next = team.map(AllocationRepository.KeyWorker::name).orElse(null);
    events.publishEvent(new KeyWorkerAllocated(id, nextId));
    events.publishEvent(
        new CaseActivity(
            id, CaseActivity.Kind.ALLOCATION, summary(previous, next, reason, already), now, null));
    return true;
  }

  private static String summary(String previous, String next, String reason, String already) {
    String line;
    if (next == null) {
      line = previous + " is no longer the key worker: the case is waiting for a key worker";
    } else if (previous != null) {
      line = "Key worker changed from " + previous + " to " + next;
    } else if (already != null && reason == null) {
      line = next + " is the key worker, " + already;
    } else {
      line = next + " allocated as key worker";
    }
    return reason == null || reason.isBlank() ? line : line + ". Reason: " + reason;
  }

  private String by() {
    return currentUser.get().map(HarbourUser::displayName).orElse("Harbour");
  }
}
