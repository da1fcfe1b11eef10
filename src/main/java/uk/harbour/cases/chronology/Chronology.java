package uk.harbour.cases.chronology;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.cases.CaseActivity;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.CaseSummary;
import uk.harbour.cases.CaseText;
import uk.harbour.cases.Cases;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
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

  /** Entries on one page of the chronology. */
  static final int PAGE_SIZE = 100;

  /** Entries read at a time for the print view and the PDF. */
  static final int BATCH = 500;

  private final ChronologyRepository repository;
  private final Entries entries;
  private final Cases cases;
  private final Children children;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final AccessPolicy access;

  Chronology(
      ChronologyRepository repository,
      Entries entries,
      AccessPolicy access,
      Cases cases,
      Children children,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.entries = entries;
    this.access = access;
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
        activity.occurredOn(),
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
   * One page of the entries matching the filter ({@value #PAGE_SIZE} a page), newest first unless
   * the user chose, and the child's record, audited as one view of the case, which the audit trail
   * indexes under the child.
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  Listing page(CaseId caseId, ChronologyFilter filter, int page) {
    CaseSummary summary = cases.requireCase(caseId, AuditAction.VIEW);
    long offset = (long) (page - 1) * PAGE_SIZE;
    ChronologyOrder order = filter.orderOr(ChronologyOrder.NEWEST_FIRST);
    ChronologyRepository.Counted counted =
        repository.page(caseId, filter, order, offset, PAGE_SIZE);
    long total = counted.total();
    List<ChronologyEntry> shown = Entries.withDetails(counted);
    ChildRecord child = children.viewWithin(summary.child());
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, Cases.RECORD_TYPE, caseId)
            .withDetail(
                "chronology, entries "
                    + (shown.isEmpty() ? 0 : offset + 1)
                    + " to "
                    + (offset + shown.size())
                    + " of "
                    + total));
    return new Listing(summary, shown, total, page, child, order);
  }

  /**
   * Every entry matching the filter, oldest first unless the user chose, for the print view and the
   * PDF: read in batches while the page or document is written, never cut. Audited as a view or
   * export of them all.
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  Listing all(CaseId caseId, ChronologyFilter filter, AuditAction action) {
    CaseSummary summary = cases.requireCase(caseId, action);
    long total = repository.count(caseId, filter);
    ChildRecord child = children.viewWithin(summary.child());
    events.publishEvent(
        Audited.succeeded(action, Cases.RECORD_TYPE, caseId)
            .withDetail("chronology, all entries " + total));
    ChronologyOrder order = filter.orderOr(ChronologyOrder.OLDEST_FIRST);
    return new Listing(
        summary,
        repository.all(
            caseId,
            filter,
            order,
            new ChronologyRepository.Access(
                access.visibleChildrenClause("c.child_id"), access.viewerId()),
            BATCH,
            entries::withDetails),
        total,
        0,
        child,
        order);
  }

  /** The case, if the user may see it (for a form page); a refusal is audited. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  CaseSummary caseFor(CaseId caseId) {
    return cases.requireCase(caseId, AuditAction.VIEW);
  }

  /**
   * The child's age from their record, for the language guide's age rules (null if unknown); the
   * case's own event covers the read.
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  Integer childAge(CaseId caseId) {
    return children.viewWithin(cases.requireCase(caseId, AuditAction.VIEW).child()).age(clock);
  }

  /** One entry of this case, for a page about it; audited (an id from another case: 404). */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  ChronologyEntry entry(CaseId caseId, UUID entryId) {
    cases.requireCase(caseId, AuditAction.VIEW);
    ChronologyEntry entry = entries.onCase(caseId, entryId);
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, Cases.RECORD_TYPE, caseId)
            .withDetail("chronology entry " + entryId));
    return entry;
  }

  /**
   * Adds an entry a practitioner wrote. The form's id makes a double submission add it once; an id
   * already used by another entry (another case's, or one someone else wrote) is refused as not
   * found and the refusal audited, so nothing is reported as saved that was not.
   *
   * @return whether it was added now (false: this user's form was already saved)
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  boolean add(CaseId caseId, UUID entryId, EntryForm form) {
    cases.requireCaseToChange(caseId);
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
          new ChronologyEntryChanged(caseId, entryId, ChronologyEntryChanged.Change.ADDED));
    } else if (!repository.writtenBy(caseId, entryId, user.id().value())) {
      throw entries.refused(caseId, entryId, "is not on this case");
    }
    return added;
  }

  /** Records the young person's perspective on an entry, if nobody changed it since it opened. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  void addPerspective(CaseId caseId, UUID entryId, int openedVersion, String view) {
    cases.requireCaseToChange(caseId);
    entries.onCase(caseId, entryId);
    HarbourUser user = currentUser.require();
    Instant now = clock.instant();
    if (!repository.addPerspective(caseId, entryId, openedVersion, view, now, user.displayName())) {
      ChronologyEntry current = entries.onCase(caseId, entryId);
      throw new StaleRecordException(current.youngPersonViewByName(), current.youngPersonViewAt());
    }
    events.publishEvent(
        new ChronologyEntryChanged(
            caseId, entryId, ChronologyEntryChanged.Change.YOUNG_PERSONS_VIEW));
  }

  /**
   * A case and some or all of its chronology, and the child's record.
   *
   * @param total how many entries match the filter
   * @param page the page shown, from 1; 0 when the entries are all of them
   * @param order the order the entries are in
   */
  record Listing(
      CaseSummary theCase,
      Iterable<ChronologyEntry> entries,
      long total,
      int page,
      ChildRecord child,
      ChronologyOrder order) {

    public int pageSize() {
      return PAGE_SIZE;
    }

    /** The position of the first entry shown, from 1. */
    public long first() {
      return total == 0 ? 0 : (long) (page - 1) * PAGE_SIZE + 1;
    }

    /** The position of the last entry shown. */
    public long last() {
      return Math.min(total, (long) page * PAGE_SIZE);
    }

    public boolean hasPrevious() {
      return page > 1;
    }

    public boolean hasNext() {
      return page > 0 && (long) page * PAGE_SIZE < total;
    }
  }
}
