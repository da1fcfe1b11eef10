package uk.harbour.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.people.Children;
import uk.harbour.shared.BatchedReads;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.RecordNotFoundException;

/**
 * Children's cases with the CSE service. A child has at most one open case; a referral either opens
 * it or adds the referring concern to it. Callers check that the signed-in user may make the
 * referral (for example, a screening officer deciding on a concern); every change is audited.
 */
@Service
public class Cases {

  public static final String RECORD_TYPE = "case";

  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final AccessPolicy access;
  private final CaseRepository repository;
  private final CaseProperties properties;
  private final Children children;
  private final Allocations allocations;
  private final CaseConcerns caseConcerns;
  private final CaseConcernRepository concerns;
  private final AllocationRepository allocationRecords;
  private final CaseChildren caseChildren;
  private final RepeatMissingPromptRepository repeatMissing;

  Cases(
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      Clock clock,
      AccessPolicy access,
      CaseRepository repository,
      CaseProperties properties,
      Children children,
      Allocations allocations,
      CaseConcerns caseConcerns,
      CaseConcernRepository concerns,
      AllocationRepository allocationRecords,
      CaseChildren caseChildren,
      RepeatMissingPromptRepository repeatMissing) {
    this.caseChildren = caseChildren;
    this.repeatMissing = repeatMissing;
    this.allocationRecords = allocationRecords;
    this.allocations = allocations;
    this.caseConcerns = caseConcerns;
    this.concerns = concerns;
    this.children = children;
    this.repository = repository;
    this.properties = properties;
    this.access = access;
    this.currentUser = currentUser;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Opens a case for the child, or finds the one not yet closed, and records that this concern led
   * to it (once, however it reached the case first). A stepped-down case steps back up: the concern
   * was referred to the service. A new case within the re-referral window of the child's last
   * closure is flagged. Safe to call twice for the same concern, and safe when two referrals for
   * one child race.
   */
  @Transactional
  public CaseId openOrAdd(ChildId child, String concernReference) {
    Instant now = clock.instant();
    Optional<HarbourUser> user = currentUser.get();
    CaseId id = openIfNone(child, now, user);
    caseConcerns.add(
        id, concernReference, null, now, "Concern " + concernReference + " added to the case");
    CaseRecord current = repository.find(id).orElseThrow();
    if (current.status() == CaseStatus.STEPPED_DOWN) {
      String by = user.map(HarbourUser::displayName).orElse("Harbour");
      repository.changeStatus(
          id, current.version(), CaseStatus.OPEN, "New concern " + concernReference, null, now, by);
      events.publishEvent(
          new CaseStatusChanged(id, CaseStatus.STEPPED_DOWN, CaseStatus.OPEN, concernReference));
      events.publishEvent(
          new CaseActivity(
              id,
              CaseActivity.Kind.STATUS_CHANGE,
              "Case stepped back up after new concern " + concernReference,
              now,
              null));
    }
    return id;
  }

  /**
   * The child's case that is not closed, opening one if there is none. Only the caller's own checks
   * stand between the user and this: the screening decision, or {@code CaseLifecycle}. A record
   * merged into another never takes a new case: the case is the kept record's. A new case starts
   * with the key worker the team around the child already has, and with the concerns linked to the
   * child while they had no case.
   */
  CaseId openIfNone(ChildId requested, Instant now, Optional<HarbourUser> user) {
    ChildId child = children.heldRecordOf(requested);
    UUID candidate = UUID.randomUUID();
    boolean opened =
        repository.openUnlessActive(
            candidate,
            child,
            now,
            user.map(u -> u.id().value()).orElse(null),
            user.map(HarbourUser::displayName).orElse("Harbour"));
    CaseId id = repository.activeFor(child).orElseThrow().id();
    if (opened) {
      events.publishEvent(new CaseOpened(id, child));
      events.publishEvent(
          new CaseActivity(id, CaseActivity.Kind.CASE_OPENED, "Case opened", now, null));
      Instant windowStart =
          now.atZone(DisplayDates.ZONE).minus(properties.reReferralWindow()).toInstant();
      repository
          .closedSince(child, windowStart)
          .ifPresent(
              closed -> {
                repository.flagReReferral(id, closed);
                events.publishEvent(
                    new CaseActivity(
                        id,
                        CaseActivity.Kind.CASE_OPENED,
                        "Re-referral: the previous case closed less than "
                            + properties.reReferralWindow().toTotalMonths()
                            + " months before",
                        now,
                        null));
              });
      allocations.caseOpened(id, child, false, now);
      caseConcerns.caseOpened(id, child);
    }
    return id;
  }

  /** Whether the child has an open case: they are open to the service. */
  public boolean hasOpenCase(ChildId child) {
    return openCaseId(child).isPresent();
  }

  /**
   * The child's open case, if any. Callers must already have checked the user may see the child.
   */
  public Optional<CaseSummary> openCase(ChildId child) {
    return repository
        .openFor(child)
        .map(
            c ->
                new CaseSummary(
                    c.id(),
                    child,
                    c.status(),
                    c.openedAt(),
                    c.openedByName(),
                    concernsOf(c.id().value())));
  }

  /**
   * The case, if it exists and the signed-in user may see its child; otherwise a 404 (the denied
   * attempt is audited by the access policy). Call inside a read-write transaction. A change
   * ({@link AuditAction#CHANGE}, {@link AuditAction#CREATE}, {@link AuditAction#DELETE}) is held to
   * the access policy's change rule, as {@link #requireCaseToChange} does.
   *
   * @param attempted what the user is about to do with the case, recorded with any denial
   */
  public CaseSummary requireCase(CaseId id, AuditAction attempted) {
    return read(id, attempted, false).summary();
  }

  /**
   * The case, if the signed-in user may change it: they are in the child's team, manage someone who
   * is, or have break-glass access (audited as such). A user who may see the child but not change
   * the case (a screening officer's read-only access) gets {@link
   * org.springframework.security.access.AccessDeniedException}; one who may not see it, a 404. Both
   * refusals are audited: callers' transactions must not roll back for them.
   */
  public CaseSummary requireCaseToChange(CaseId id) {
    return requireCase(id, AuditAction.CHANGE);
  }

  /**
   * Refuses a request that names, in a form's hidden field or its address, an item that is not part
   * of this case (another case's action, entry or form key, or nothing at all): the user is told it
   * does not exist, as for a record they may not see, and the attempt is audited as a denied access
   * to the case. Callers' transactions must not roll back for the exception.
   *
   * @param item what the request named, for example "plan action"
   * @param itemId the id or key it gave
   * @return the exception to throw
   */
  public RecordNotFoundException notInCase(CaseId caseId, String item, Object itemId) {
    events.publishEvent(
        Audited.denied(AuditAction.ACCESS_DENIED, RECORD_TYPE, caseId)
            .withDetail(item + " " + itemId + " is not part of this case"));
    return new RecordNotFoundException(RECORD_TYPE);
  }

  /**
   * Goes on with a write to one item of a case unless it named an item of another case, which is
   * refused as {@link #notInCase} refuses it.
   *
   * @return the write, never {@link ItemWrite#NOT_IN_CASE}
   */
  public ItemWrite require(ItemWrite write, CaseId caseId, String item, Object itemId) {
    if (write == ItemWrite.NOT_IN_CASE) {
      throw notInCase(caseId, item, itemId);
    }
    return write;
  }

  /** Whether the signed-in user may change this case (for pages: show or hide change links). */
  public boolean mayChange(CaseSummary kase) {
    return access.mayChangeChild(kase.child());
  }

  /**
   * The case with its concerns (and, if asked, its key workers over time) and what the user may do
   * with its child, all in one round trip; the access rule is then enforced as {@link #requireCase}
   * describes.
   */
  private Read read(CaseId id, AuditAction attempted, boolean withHistory) {
    BatchedReads reads = repository.batch();
    BatchedReads.Result<CaseRecord> record = repository.findWithAccess(reads, id, access);
    BatchedReads.Result<String> references = concerns.of(reads, id);
    BatchedReads.Result<Allocation> history =
        withHistory ? allocationRecords.allocations(reads, id) : null;
    BatchedReads.Result<RepeatMissingPrompt> prompts =
        withHistory ? repeatMissing.of(reads, id) : null;
    reads.run();
    CaseRecord found =
        record.optional().orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE));
    caseChildren.remember(id, found.child());
    if (attempted == AuditAction.CHANGE
        || attempted == AuditAction.CREATE
        || attempted == AuditAction.DELETE) {
      access.requireChildChange(found.child(), attempted);
    } else {
      access.requireChild(found.child(), attempted);
    }
    return new Read(
        found,
        references.rows(),
        history == null ? List.of() : history.rows(),
        prompts == null ? List.of() : prompts.rows());
  }

  /** A case as {@link #read} found it (with its repeat missing prompts for the home page). */
  record Read(
      CaseRecord record,
      List<String> concerns,
      List<Allocation> allocations,
      List<RepeatMissingPrompt> repeatMissing) {
    CaseSummary summary() {
      return new CaseSummary(
          record.id(),
          record.child(),
          record.status(),
          record.openedAt(),
          record.openedByName(),
          concerns);
    }
  }

  /**
   * The case for its home page: the record, its concerns and its key workers over time, checked as
   * {@link #requireCase} checks it (one round trip).
   */
  Read requireCaseHome(CaseId id) {
    return read(id, AuditAction.VIEW, true);
  }

  private List<String> concernsOf(UUID caseId) {
    return concerns.of(new CaseId(caseId));
  }

  private Optional<CaseId> openCaseId(ChildId child) {
    return repository.openIdFor(child);
  }

  /**
   * The child's current case (open or stepped down), or else their most recent closed one, for a
   * link from the child's record. Callers must already have checked the user may see the child.
   */
  public Optional<CaseSummary> latestCase(ChildId child) {
    return repository.latestFor(child).map(c -> summary(c));
  }

  private CaseSummary summary(CaseRecord c) {
    return new CaseSummary(
        c.id(), c.child(), c.status(), c.openedAt(), c.openedByName(), concernsOf(c.id().value()));
  }
}
