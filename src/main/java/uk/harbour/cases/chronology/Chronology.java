package uk.harbour.cases.chronology;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.cases.CaseActivity;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.CaseSummary;
import uk.harbour.cases.CaseText;
import uk.harbour.cases.Cases;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.shared.AuditAction;
import uk.harbour.shared.Audited;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;

/**
 * A case's chronology, told as it happened: an automatic entry for every {@link CaseActivity}
 * (written in the publisher's transaction), entries practitioners write with their significance,
 * and the young person's own perspective on an entry. Reads and changes are audited against the
 * case.
 */
@Service
class Chronology {

  private final ChronologyRepository repository;
  private final Cases cases;
  private final Children children;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Chronology(
      ChronologyRepository repository,
      Cases cases,
      Children children,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.cases = cases;
    this.children = children;
    this.currentUser = currentUser;
    this.events = events;
    this.clock = clock;
  }

  /** Writes the automatic entry, in the same transaction as the change it records. */
  @EventListener
  void on(CaseActivity activity) {
    Optional<HarbourUser> user = currentUser.get();
    EntryKind kind = EntryKind.of(activity.kind());
    repository.insert(
        UUID.randomUUID(),
        activity.caseId(),
        kind,
        LocalDate.ofInstant(activity.occurredAt(), DisplayDates.ZONE),
        activity.occurredAt(),
        activity.summary(),
        kind.defaultSignificance(),
        null,
        activity.link(),
        clock.instant(),
        user.map(u -> u.id().value()).orElse(null),
        user.map(HarbourUser::displayName).orElse("Harbour"));
  }

  /**
   * The case, its entries matching the filter (newest first) and the child's record; both views are
   * audited in one transaction whose audit events come last, so the audit chain's lock is taken
   * once and held only until the commit.
   */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  Listing list(CaseId caseId, ChronologyFilter filter, AuditAction action) {
    CaseSummary summary = cases.requireCase(caseId, action);
    List<ChronologyEntry> entries = repository.list(caseId, filter);
    ChildRecord child = children.view(summary.child());
    events.publishEvent(
        Audited.succeeded(action, Cases.RECORD_TYPE, caseId)
            .withDetail("chronology, entries " + entries.size()));
    return new Listing(summary, entries, child);
  }

  /** The case, if the user may see it (for a form page); a refusal is audited. */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  CaseSummary caseFor(CaseId caseId) {
    return cases.requireCase(caseId, AuditAction.VIEW);
  }

  /** One entry, for adding the young person's view; audited. */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  ChronologyEntry entry(CaseId caseId, UUID entryId) {
    cases.requireCase(caseId, AuditAction.VIEW);
    ChronologyEntry entry =
        repository
            .find(caseId, entryId)
            .orElseThrow(() -> new RecordNotFoundException(Cases.RECORD_TYPE));
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, Cases.RECORD_TYPE, caseId)
            .withDetail("chronology entry " + entryId));
    return entry;
  }

  /**
   * Adds an entry a practitioner wrote. The form's id makes a double submission add it once.
   *
   * @return whether it was added now (false: it was already there)
   */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  boolean add(CaseId caseId, UUID entryId, EntryForm form) {
    cases.requireCase(caseId, AuditAction.CHANGE);
    HarbourUser user = currentUser.require();
    boolean added =
        repository.insert(
            entryId,
            caseId,
            EntryKind.MANUAL,
            form.occurredOn(),
            null,
            form.getWhatHappened(),
            form.getSignificance(),
            CaseText.kept(form.getSource()),
            null,
            clock.instant(),
            user.id().value(),
            user.displayName());
    if (added) {
      events.publishEvent(
          Audited.succeeded(AuditAction.CHANGE, Cases.RECORD_TYPE, caseId)
              .withDetail("chronology entry added " + entryId));
    }
    return added;
  }

  /** Records the young person's perspective on an entry, if nobody changed it since it opened. */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  void addPerspective(CaseId caseId, UUID entryId, int openedVersion, String view) {
    cases.requireCase(caseId, AuditAction.CHANGE);
    HarbourUser user = currentUser.require();
    Instant now = clock.instant();
    if (!repository.addPerspective(caseId, entryId, openedVersion, view, now, user.displayName())) {
      ChronologyEntry current =
          repository
              .find(caseId, entryId)
              .orElseThrow(() -> new RecordNotFoundException(Cases.RECORD_TYPE));
      throw new StaleRecordException(current.youngPersonViewByName(), current.youngPersonViewAt());
    }
    events.publishEvent(
        Audited.succeeded(AuditAction.CHANGE, Cases.RECORD_TYPE, caseId)
            .withDetail("young person's view on chronology entry " + entryId));
  }

  /** A case and some of its chronology. */
  record Listing(CaseSummary theCase, List<ChronologyEntry> entries, ChildRecord child) {}
}
