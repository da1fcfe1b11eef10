package uk.harbour.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;

/**
 * Concerns raised by signed-in practitioners and by the public: drafts, submission with a reference
 * number, and reading them back. Every read and change is audited in its transaction.
 */
@Service
class Concerns {

  static final String RECORD_TYPE = ConcernAccess.RECORD_TYPE;
  static final int LIST_LIMIT = 200;
  private static final int MAX_REFERENCE_DRAWS = 5;

  private final ConcernRepository repository;
  private final ConcernListRepository lists;
  private final ConcernAccess access;
  private final AccessPolicy policy;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Concerns(
      ConcernRepository repository,
      ConcernListRepository lists,
      ConcernAccess access,
      AccessPolicy policy,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.lists = lists;
    this.access = access;
    this.policy = policy;
    this.currentUser = currentUser;
    this.events = events;
    this.clock = clock;
  }

  /** Starts a practitioner's draft holding what they have typed so far. */
  @Transactional
  UUID startDraft(ConcernDetails details) {
    HarbourUser user = practitioner();
    Instant now = clock.instant();
    UUID id =
        repository.insert(
            ConcernSource.PRACTITIONER, user.id(), user.displayName(), user.agencyName(), now);
    repository.saveDetails(id, 0, details, now);
    events.publishEvent(new ConcernDrafted(id, true));
    return id;
  }

  /**
   * Saves the reporter's draft over the version they opened. If it was saved elsewhere since (in
   * another tab), nothing is written and {@link StaleRecordException} says when.
   */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  void saveDraft(UUID id, int openedVersion, ConcernDetails details) {
    Concern concern = editable(id);
    if (!repository.saveDetails(id, openedVersion, details, clock.instant())) {
      throw stale(id, concern);
    }
    events.publishEvent(new ConcernDrafted(id, false));
  }

  /** Submits the reporter's draft: it gets its reference number and joins the screening queue. */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  String submit(UUID id, int openedVersion) {
    Concern concern = editable(id);
    Instant now = clock.instant();
    String reference = newReference(now);
    if (!repository.submit(id, openedVersion, reference, now)) {
      throw stale(id, concern);
    }
    events.publishEvent(new ConcernSubmitted(id, reference, now, false));
    return reference;
  }

  /**
   * Stores a public report straight into the screening queue. Returns the reference the reporter is
   * given: a random {@link PublicReference}, never the internal sequence, which staff keep.
   */
  @Transactional
  String submitPublic(ConcernDetails details) {
    Instant now = clock.instant();
    String reference = newReference(now);
    for (int attempt = 1; ; attempt++) {
      String publicReference = PublicReference.generate();
      Optional<UUID> id = repository.insertSubmitted(details, reference, publicReference, now);
      if (id.isPresent()) {
        events.publishEvent(new ConcernSubmitted(id.get(), reference, now, true));
        return publicReference;
      }
      // Another report holds this reference (about one chance in 10^13 per report): draw again.
      if (attempt == MAX_REFERENCE_DRAWS) {
        throw new IllegalStateException("No unused public reference after " + attempt + " draws");
      }
    }
  }

  /**
   * A reference for a report that is silently dropped (a robot filled in the honeypot field) but
   * must look accepted: drawn exactly as a real one is, so nothing tells the two apart. No report
   * holds it; a real one could draw it later only by a one in 10^13 chance.
   */
  String unusedReference() {
    return PublicReference.generate();
  }

  /** The concern, if the user may see it; the view is audited, a refusal too. */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  Concern view(UUID id) {
    Concern concern = repository.find(id).orElse(null);
    if (concern == null || !access.mayView(concern)) {
      throw access.refuse(id, AuditAction.VIEW);
    }
    events.publishEvent(Audited.succeeded(AuditAction.VIEW, RECORD_TYPE, id));
    return concern;
  }

  /** The signed-in user's own concerns, drafts and submitted, most recently changed first. */
  @Transactional
  List<Concern> mine() {
    List<Concern> mine = lists.raisedBy(practitioner().id(), LIST_LIMIT);
    events.publishEvent(ConcernAccess.listed(mine, "my concerns, results " + mine.size()));
    return mine;
  }

  /** Concerns about children the signed-in user is key worker for (and may still see). */
  @Transactional
  List<Concern> forMyYoungPeople() {
    HarbourUser user = practitioner();
    List<Concern> found =
        lists.forKeyWorker(user.id(), policy.visibleChildrenClause("c.child_id"), LIST_LIMIT);
    events.publishEvent(
        ConcernAccess.listed(found, "concerns about my young people, results " + found.size()));
    return found;
  }

  private Concern editable(UUID id) {
    Concern concern = repository.find(id).orElse(null);
    if (concern == null || !access.mayEdit(concern)) {
      throw access.refuse(id, AuditAction.CHANGE);
    }
    return concern;
  }

  private StaleRecordException stale(UUID id, Concern opened) {
    Concern now = repository.find(id).orElse(opened);
    return new StaleRecordException(now.reporterName(), now.updatedAt());
  }

  String newReference(Instant now) {
    int year = LocalDate.ofInstant(now, DisplayDates.ZONE).getYear();
    return String.format(Locale.ROOT, "CON-%d-%06d", year, repository.nextReferenceNumber());
  }

  private HarbourUser practitioner() {
    HarbourUser user = currentUser.require();
    if (user.has(Role.SYSTEM_ADMINISTRATOR)) {
      throw new AccessDeniedException("Administrators do not raise concerns");
    }
    return user;
  }
}
