package uk.harbour.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.accesscontrol.ScreeningAccess;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.people.ChildDetails;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.UserId;

/**
 * Links a concern awaiting screening to the child it is about: an existing child found by Harbour
 * reference, or a new record made from the concern's details. Linking lets the screening officer
 * see the child until the decision and publishes {@link ConcernLinked} (audited against both the
 * concern and the child), to which the cases module reacts: the concern reaches the child's case,
 * and the child's key worker is told if the child is already open to the service.
 */
@Service
class ChildLinks {

  static final String RECORD_TYPE = ConcernAccess.RECORD_TYPE;

  /** What happened when an officer tried to link. */
  enum Result {
    LINKED,
    /** The reference was of a record merged into another: the concern went to the record kept. */
    LINKED_TO_KEPT,
    NO_SUCH_REFERENCE,
    ALREADY_LINKED
  }

  private final ConcernRepository repository;
  private final Screening screening;
  private final ScreeningOfficer officer;
  private final ChildReferences references;
  private final Children children;
  private final ScreeningAccess screeningAccess;
  private final ReporterInTeam reporterInTeam;
  private final AutoLink autoLink;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ChildLinks(
      ConcernRepository repository,
      Screening screening,
      ScreeningOfficer officer,
      ChildReferences references,
      Children children,
      ScreeningAccess screeningAccess,
      ReporterInTeam reporterInTeam,
      AutoLink autoLink,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.screening = screening;
    this.officer = officer;
    this.references = references;
    this.children = children;
    this.screeningAccess = screeningAccess;
    this.reporterInTeam = reporterInTeam;
    this.autoLink = autoLink;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Links the concern to the child with this reference. Confirms only that the reference exists:
   * nothing else about a child the officer may not see is read or shown. The look-up is audited
   * whether or not it finds a child.
   */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  Result linkExisting(UUID id, String typedReference) {
    Concern concern = screening.open(id);
    if (!concern.awaitingDecision() || concern.childId() != null) {
      return Result.ALREADY_LINKED;
    }
    Optional<Children.HeldReference> child = references.find(typedReference);
    events.publishEvent(
        Audited.succeeded(
                AuditAction.SEARCH,
                AccessPolicy.CHILD,
                child.map(Children.HeldReference::id).orElse(null))
            .withDetail(
                "reference look-up for concern "
                    + concern.reference()
                    + ": "
                    + child
                        .map(
                            h ->
                                h.redirected()
                                    ? "found " + h.typed() + ", merged into " + h.reference()
                                    : "found")
                        .orElse("not found")));
    if (child.isEmpty()) {
      return Result.NO_SUCH_REFERENCE;
    }
    Children.HeldReference held = child.get();
    Result linked =
        link(
            concern,
            held.id(),
            held.reference(),
            held.redirected()
                ? "kept child (" + held.typed() + " was merged into it)"
                : "existing child");
    return linked == Result.LINKED && held.redirected() ? Result.LINKED_TO_KEPT : linked;
  }

  /**
   * Links a concern just submitted, without a person deciding, to the one child certain enough for
   * that (see {@link AutoLink}: never unless configured, never below 0.999999). Called in the
   * submission's transaction ({@link AutoLinkOnSubmit}), never when a page is read. Audited as
   * automatic, with the probability; the screening officer sees it and can unlink. Returns whether
   * it linked.
   */
  boolean linkIfCertain(Concern concern, List<ScreeningCandidates.Candidate> ranked) {
    if (!concern.awaitingDecision() || concern.childId() != null) {
      return false;
    }
    Optional<ScreeningCandidates.Candidate> certain = autoLink.certain(ranked);
    if (certain.isEmpty()) {
      return false;
    }
    Optional<Children.HeldReference> child = references.find(certain.get().childReference());
    if (child.isEmpty()) {
      return false;
    }
    String how =
        String.format(
            Locale.ROOT,
            "child automatically (match probability %.7f)",
            certain.get().child().probability());
    return link(concern, child.get().id(), child.get().reference(), how, null) == Result.LINKED;
  }

  /**
   * Links a concern the police intelligence unit referred to the one child its intelligence names,
   * in the unit's decision's transaction: {@code by} is the intelligence officer who decided.
   */
  boolean linkReferred(Concern concern, ChildId child, String childReference, UserId by) {
    return link(concern, child, childReference, "child named by police intelligence", by)
        == Result.LINKED;
  }

  /** Opens a new child's record from details the officer confirmed, and links the concern to it. */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  Result linkNew(UUID id, ChildDetails details) {
    Concern concern = screening.open(id);
    if (!concern.awaitingDecision() || concern.childId() != null) {
      return Result.ALREADY_LINKED;
    }
    ChildRecord created = children.create(details);
    Result result = link(concern, created.id(), created.reference(), "new child");
    if (result == Result.LINKED) {
      reporterInTeam.add(concern, created.id());
    }
    return result;
  }

  /** Undoes a link made by mistake; the officer's screening access to that child ends. */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  void unlink(UUID id) {
    Concern concern = screening.open(id);
    ChildId child = concern.childId();
    if (child == null || !concern.awaitingDecision() || !repository.unlink(id, child)) {
      return;
    }
    screeningAccess.screened(child, concern.reference());
    events.publishEvent(
        new ConcernUnlinked(
            concern.id(), concern.reference(), child, concern.childReference(), clock.instant()));
  }

  private Result link(Concern concern, ChildId child, String childReference, String how) {
    return link(concern, child, childReference, how, officer.require().id());
  }

  /** Links the concern; {@code by} is null when Harbour linked it with nobody deciding. */
  private Result link(
      Concern concern, ChildId child, String childReference, String how, UserId by) {
    Instant now = clock.instant();
    if (!repository.link(concern.id(), child, childReference, by, now)) {
      return Result.ALREADY_LINKED;
    }
    screeningAccess.awaitingScreening(child, concern.reference());
    events.publishEvent(
        new ConcernLinked(concern.id(), concern.reference(), child, childReference, how, now));
    return Result.LINKED;
  }
}
