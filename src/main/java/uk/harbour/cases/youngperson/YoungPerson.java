package uk.harbour.cases.youngperson;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.CaseSummary;
import uk.harbour.cases.Cases;
import uk.harbour.cases.ItemWrite;
import uk.harbour.people.Children;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;

/**
 * The young person on their case: profile, relationships, linked children and persons of concern.
 * Reads and changes are audited against the case; other children are shown only as far as the
 * access policy lets the user see them.
 */
@Service
class YoungPerson {

  private final YoungPersonRepository repository;
  private final Cases cases;
  private final Children children;
  private final AccessPolicy access;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  YoungPerson(
      YoungPersonRepository repository,
      Cases cases,
      Children children,
      AccessPolicy access,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.cases = cases;
    this.children = children;
    this.access = access;
    this.currentUser = currentUser;
    this.events = events;
    this.clock = clock;
  }

  /** Everything on the young person's page; the view is audited. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  View view(CaseId caseId) {
    CaseSummary summary = cases.requireCase(caseId, AuditAction.VIEW);
    ChildId child = summary.child();
    var relationships = repository.relationships(child);
    var persons = repository.personsOfConcern(child);
    List<Records.LinkedChild> linked =
        repository.linkedChildren(child).stream()
            .map(
                r ->
                    new Records.LinkedChild(
                        r.id(),
                        r.linkedChildId(),
                        r.reference(),
                        r.kind(),
                        r.reason(),
                        access.maySeeChild(new ChildId(r.linkedChildId()))))
            .toList();
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, Cases.RECORD_TYPE, caseId).withDetail("young person"));
    return new View(
        summary,
        repository.profile(child),
        relationships,
        linked,
        persons,
        repository.namedAsPersonOfConcern(child),
        EcoMap.layout(relationships, persons));
  }

  /** The case, if the user may see it; for form pages. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  CaseSummary caseFor(CaseId caseId) {
    return cases.requireCase(caseId, AuditAction.VIEW);
  }

  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  Records.Profile profile(CaseId caseId) {
    return repository.profile(cases.requireCase(caseId, AuditAction.VIEW).child());
  }

  /** Saves the profile if nobody saved it since the user opened it. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  void saveProfile(CaseId caseId, ProfileForm form) {
    ChildId child = cases.requireCaseToChange(caseId).child();
    HarbourUser user = currentUser.require();
    if (!repository.saveProfile(
        child, form.getVersion(), form, clock.instant(), user.displayName())) {
      Records.Profile now = repository.profile(child);
      throw new StaleRecordException(now.updatedByName(), now.updatedAt());
    }
    changed(caseId, YoungPersonChanged.Change.PROFILE_SAVED, null, null);
  }

  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  void addRelationship(CaseId caseId, RelationshipForm form) {
    ChildId child = cases.requireCaseToChange(caseId).child();
    ItemWrite write =
        repository.addRelationship(
            form.id(), child, form, clock.instant(), currentUser.require().displayName());
    if (cases.require(write, caseId, "relationship", form.id()).done()) {
      changed(caseId, YoungPersonChanged.Change.RELATIONSHIP_ADDED, null, null);
    }
  }

  /**
   * Links the child with this Harbour reference, with the reason.
   *
   * @return false if no child has that reference (or it is this child)
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  boolean link(CaseId caseId, LinkForm form) {
    ChildId child = cases.requireCaseToChange(caseId).child();
    Optional<ChildId> other = children.idForReference(form.cleanReference());
    if (other.isEmpty() || other.get().equals(child)) {
      return false;
    }
    if (repository.link(
        child,
        other.get(),
        form.cleanReference(),
        form.getKind(),
        form.getReason(),
        clock.instant(),
        currentUser.require().displayName())) {
      changed(caseId, YoungPersonChanged.Change.CHILD_LINKED, other.get(), null);
    }
    return true;
  }

  /**
   * Names a person of concern; if a Harbour reference is given, they are a child known to Harbour
   * (who keeps their own record and status as a child at risk).
   *
   * @return false if a reference was given that no child has
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  boolean addPersonOfConcern(CaseId caseId, LinkForm form) {
    ChildId child = cases.requireCaseToChange(caseId).child();
    String reference = form.cleanReference();
    ChildId named = null;
    if (reference != null) {
      Optional<ChildId> found = children.idForReference(reference);
      if (found.isEmpty() || found.get().equals(child)) {
        return false;
      }
      named = found.get();
    }
    UUID id = form.id();
    ItemWrite write =
        repository.addPersonOfConcern(
            id,
            child,
            form.getName(),
            form.getDescription(),
            named,
            reference,
            clock.instant(),
            currentUser.require().displayName());
    if (cases.require(write, caseId, "person of concern", id).done()) {
      changed(caseId, YoungPersonChanged.Change.PERSON_OF_CONCERN_NAMED, id, named);
    }
    return true;
  }

  /**
   * What is to be removed, for the page asking why: its name, if it is a current item of this
   * child's; otherwise {@link RecordNotFoundException}. The view is audited.
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  String toRemove(CaseId caseId, Removable kind, UUID id) {
    ChildId child = cases.requireCase(caseId, AuditAction.VIEW).child();
    String name =
        repository.current(kind, child, id).orElseThrow(() -> notCurrent(caseId, kind, child, id));
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, Cases.RECORD_TYPE, caseId)
            .withDetail("young person, " + kind.path() + " " + id + " to remove"));
    return name;
  }

  /**
   * Removes a relationship, linked child or person of concern with a reason: marked removed, never
   * deleted; audited, and a line in the chronology. Removing it twice removes it once (the second
   * finds nothing to remove). An id that is not one of this young person's items is refused as not
   * found, audited.
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  void remove(CaseId caseId, Removable kind, UUID id, String reason) {
    ChildId child = cases.requireCaseToChange(caseId).child();
    String name =
        repository.current(kind, child, id).orElseThrow(() -> notCurrent(caseId, kind, child, id));
    java.time.Instant now = clock.instant();
    repository
        .remove(kind, child, id, reason, now, currentUser.require().displayName())
        .ifPresent(
            other -> {
              changed(
                  caseId,
                  YoungPersonChanged.Change.removed(kind),
                  id,
                  other.map(ChildId::new).orElse(null));
              events.publishEvent(
                  new uk.harbour.cases.CaseActivity(
                      caseId,
                      uk.harbour.cases.CaseActivity.Kind.YOUNG_PERSON,
                      removedLine(kind, name) + ". Reason: " + reason,
                      now,
                      "/cases/" + caseId + "/young-person"));
            });
  }

  /**
   * Why there is no such item to remove: this young person's, removed already (not found, as
   * before); or not theirs at all (not found, audited as a denied access to the case).
   */
  private RecordNotFoundException notCurrent(
      CaseId caseId, Removable kind, ChildId child, UUID id) {
    return repository.childHas(kind.table(), child, id)
        ? new RecordNotFoundException(Cases.RECORD_TYPE)
        : cases.notInCase(caseId, kind.path(), id);
  }

  private static String removedLine(Removable kind, String name) {
    return switch (kind) {
      case RELATIONSHIP -> "Relationship with " + name + " removed from the young person's page";
      case LINKED_CHILD -> "Link to child " + name + " removed";
      case PERSON_OF_CONCERN -> "Person of concern " + name + " removed";
    };
  }

  private void changed(
      CaseId caseId, YoungPersonChanged.Change change, Object item, ChildId other) {
    events.publishEvent(new YoungPersonChanged(caseId, change, item, other));
  }

  /** The young person's page. */
  record View(
      CaseSummary theCase,
      Records.Profile profile,
      List<Records.Relationship> relationships,
      List<Records.LinkedChild> linkedChildren,
      List<Records.PersonOfConcern> personsOfConcern,
      boolean namedAsPersonOfConcern,
      List<EcoMap.Node> ecoMap) {}
}
