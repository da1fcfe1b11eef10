package uk.harbour.cases;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.intake.ConcernLinked;
import uk.harbour.intake.ConcernUnlinked;
import uk.harbour.shared.ChildId;

/**
 * Every concern linked to a child reaches the child's case: at once, if the child has an open or
 * stepped-down case when it is linked (a stepped-down case steps back up only if screening refers
 * the concern to the service); otherwise it waits, and joins the next case opened or reopened for
 * the child, dated in the chronology when it was linked. A concern unlinked by mistake leaves the
 * case, and the chronology says so. Each change is audited against the case and goes in its
 * chronology, in the transaction that linked or unlinked the concern.
 */
@Component
class CaseConcerns {

  private final CaseConcernRepository concerns;
  private final CaseRepository cases;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;

  CaseConcerns(
      CaseConcernRepository concerns,
      CaseRepository cases,
      CurrentUser currentUser,
      ApplicationEventPublisher events) {
    this.concerns = concerns;
    this.cases = cases;
    this.currentUser = currentUser;
    this.events = events;
  }

  @EventListener
  void on(ConcernLinked linked) {
    Optional<CaseRecord> active = cases.activeFor(linked.child());
    if (active.isEmpty()) {
      concerns.keepWaiting(linked.child(), linked.concernId(), linked.reference(), linked.at());
      return;
    }
    add(
        active.get().id(),
        linked.reference(),
        linked.concernId(),
        linked.at(),
        "Concern " + linked.reference() + " linked to the young person, awaiting screening");
  }

  @EventListener
  void on(ConcernUnlinked unlinked) {
    concerns.stopWaiting(unlinked.child(), unlinked.reference());
    cases
        .activeFor(unlinked.child())
        .filter(c -> concerns.remove(c.id(), unlinked.reference()))
        .ifPresent(
            c -> {
              events.publishEvent(new CaseConcernChanged(c.id(), unlinked.reference(), false));
              events.publishEvent(
                  new CaseActivity(
                      c.id(),
                      CaseActivity.Kind.CONCERN,
                      "Concern "
                          + unlinked.reference()
                          + " unlinked from the young person: screening found it is not about"
                          + " them",
                      unlinked.at(),
                      null));
            });
  }

  /** A case opened or reopened: concerns linked while the child had none join it. */
  void caseOpened(CaseId id, ChildId child) {
    for (CaseConcernRepository.Waiting w : concerns.takeWaiting(child)) {
      add(
          id,
          w.reference(),
          w.concernId(),
          w.linkedAt(),
          "Concern " + w.reference() + " linked to the young person while they had no open case");
    }
  }

  /**
   * Adds a concern to the case, once: audited, and in the chronology with {@code summary}.
   *
   * @param concernId the concern, when known, for a link to it; or null
   * @return whether it was added now
   */
  boolean add(CaseId id, String reference, UUID concernId, Instant at, String summary) {
    UUID by = currentUser.get().map(u -> u.id().value()).orElse(null);
    if (!concerns.add(id, reference, concernId, at, by)) {
      return false;
    }
    events.publishEvent(new CaseConcernChanged(id, reference, true));
    events.publishEvent(
        new CaseActivity(
            id,
            CaseActivity.Kind.CONCERN,
            summary,
            at,
            concernId == null ? null : "/concerns/" + concernId));
    return true;
  }
}
