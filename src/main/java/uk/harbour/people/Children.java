package uk.harbour.people;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordIds;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;

/**
 * Children's records. Every read and change checks the access policy and is audited in the same
 * transaction; lists and searches are scoped by the policy inside the query.
 */
@Service
public class Children {

  static final String RECORD_TYPE = AccessPolicy.CHILD;

  private final ChildRepository repository;
  private final ChildSearchRepository lists;
  private final AccessPolicy policy;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Teams teams;

  Children(
      ChildRepository repository,
      ChildSearchRepository lists,
      AccessPolicy policy,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      Clock clock,
      Teams teams) {
    this.teams = teams;
    this.repository = repository;
    this.lists = lists;
    this.policy = policy;
    this.currentUser = currentUser;
    this.events = events;
    this.clock = clock;
  }

  /** Opens a record for a child. The creator is not added to the team: the caller decides. */
  @Transactional
  public ChildRecord create(ChildDetails details) {
    Optional<HarbourUser> user = currentUser.get();
    if (user.map(u -> u.has(Role.SYSTEM_ADMINISTRATOR)).orElse(false)) {
      throw new AccessDeniedException("Administrators do not hold child records");
    }
    ChildRecord created =
        repository.insert(
            details,
            user.map(u -> u.id().value()).orElse(null),
            user.map(HarbourUser::displayName).orElse("Harbour"),
            clock.instant());
    events.publishEvent(new ChildRecordSaved(created.id(), true));
    return created;
  }

  /**
   * Opens a record for a child with its creator in the child's team, in one transaction: if the
   * creator cannot be added, no record is left behind that nobody could see.
   */
  @Transactional
  public ChildRecord createWithCreatorInTeam(ChildDetails details, TeamRole creatorRole) {
    ChildRecord created = create(details);
    teams.assign(created.id(), currentUser.require().id(), creatorRole);
    return created;
  }

  /** The child's record, if the user may see it; the view is audited, a refusal too. */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  public ChildRecord view(ChildId id) {
    ChildRecord child = viewWithin(id);
    events.publishEvent(Audited.succeeded(AuditAction.VIEW, RECORD_TYPE, id));
    return child;
  }

  /**
   * The child's record, shown within a page whose own audited event is about this child: a case's
   * pages, whose events the audit trail indexes under the case's child. The access rule is checked
   * and a refusal audited, but an allowed view writes no event of its own, so one page is one entry
   * in the child's "who has seen this record".
   */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  public ChildRecord viewWithin(ChildId id) {
    policy.requireChild(id, AuditAction.VIEW);
    return repository.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE));
  }

  /**
   * The child's record for its change form. Changing a record is the narrower rule (the team around
   * the child, managing someone in it, or break-glass; docs/adr/009): a screening officer who sees
   * the child only while a concern awaits screening may read it but is refused (403, audited).
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  public ChildRecord viewToChange(ChildId id) {
    policy.requireChildChange(id, AuditAction.CHANGE);
    return view(id);
  }

  /** Whether the user may change the child's record, not only see it. */
  public boolean mayChange(ChildId id) {
    return policy.mayChangeChild(id);
  }

  /**
   * Saves changes made to the version the user opened, if the user may change the record (see
   * {@link #viewToChange}). If someone saved in between, nothing is written and {@link
   * StaleRecordException} says who and when.
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  public ChildRecord update(ChildId id, int openedVersion, ChildDetails details) {
    policy.requireChildChange(id, AuditAction.CHANGE);
    HarbourUser user = currentUser.require();
    boolean saved =
        repository.update(
            id, openedVersion, details, user.id().value(), user.displayName(), clock.instant());
    ChildRecord now =
        repository.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE));
    if (!saved) {
      throw new StaleRecordException(now.updatedByName(), now.updatedAt());
    }
    events.publishEvent(new ChildRecordSaved(id, false));
    return now;
  }

  /** One page of the children the user may see that match; the search is audited. */
  @Transactional
  public List<ChildRecord> search(ChildSearch criteria, int page, int pageSize) {
    List<ChildRecord> found =
        lists.search(
            criteria,
            policy.visibleChildrenClause("c.id"),
            policy.viewerId(),
            pageSize + 1,
            Math.max(0, page - 1) * pageSize);
    events.publishEvent(
        shown(
            criteria.isEmpty() ? AuditAction.VIEW : AuditAction.SEARCH,
            "page " + page + ", results " + Math.min(found.size(), pageSize),
            ids(found.stream().limit(pageSize).toList())));
    return found;
  }

  /** The children whose team the signed-in user is in (and may still see), by name; audited. */
  @Transactional
  public List<ChildRecord> inMyTeams(int limit) {
    List<ChildRecord> mine =
        lists.inTeamOf(policy.visibleChildrenClause("c.id"), policy.viewerId(), limit);
    events.publishEvent(shown(AuditAction.VIEW, "my children, results " + mine.size(), ids(mine)));
    return mine;
  }

  /**
   * Those of these children the user may see (others are left out), for lists that other modules
   * build, such as a manager's caseloads; the view of the list is audited.
   */
  @Transactional
  public List<ChildRecord> visibleAmong(java.util.Collection<ChildId> ids, String listName) {
    List<ChildRecord> found =
        lists.withIds(
            policy.visibleChildrenClause("c.id"),
            policy.viewerId(),
            ids.stream().map(ChildId::value).toList());
    events.publishEvent(
        shown(AuditAction.VIEW, listName + ", results " + found.size(), ids(found)));
    return found;
  }

  /** How many children the user may see. */
  public int countVisible() {
    return lists.countVisible(policy.visibleChildrenClause("c.id"), policy.viewerId());
  }

  /**
   * The child's reference, without showing the record: for the break-glass page and reviews. Only
   * ever called after the user has stated a reason; unknown ids give {@link
   * RecordNotFoundException}.
   */
  public String referenceForBreakGlass(ChildId id) {
    return repository
        .find(id)
        .map(ChildRecord::reference)
        .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE));
  }

  /**
   * The id of the child with this Harbour reference, revealing nothing else about them: for a
   * screening officer linking a concern to a child they name. Callers audit the look-up.
   */
  public Optional<ChildId> idForReference(String reference) {
    return repository.idForReference(reference);
  }

  /**
   * What a Harbour reference stands for now, revealing nothing else about the child: the record
   * itself, or, if it was merged into another, the record kept (following later merges too). For a
   * screening officer linking a concern to a child they name; callers audit the look-up.
   */
  public Optional<HeldReference> heldRecordForReference(String reference) {
    return repository
        .idForReference(reference)
        .flatMap(repository::held)
        .map(held -> new HeldReference(held.id(), held.reference(), reference));
  }

  /**
   * The reference a screening officer typed and the record it now stands for.
   *
   * @param typed the reference as typed (normalised)
   */
  public record HeldReference(ChildId id, String reference, String typed) {

    /** Whether the typed record was merged into another, so the kept record stands for it. */
    public boolean redirected() {
      return !reference.equals(typed);
    }
  }

  /**
   * The id of the record held now for this child: the id itself, or, if that record was merged into
   * another, the record kept. New work (a case, a link) goes to that record.
   */
  public ChildId heldRecordOf(ChildId id) {
    return repository.held(id).map(ChildRecord::id).orElse(id);
  }

  public boolean exists(ChildId id) {
    return repository.exists(id);
  }

  /** The records merged into this one; call after {@link #view}, which checks access. */
  List<ChildRecord> mergedInto(ChildId kept) {
    return repository.mergedInto(kept);
  }

  /** The reference of the record another was merged into; call after viewing the merged one. */
  String referenceOfMergeTarget(ChildId kept) {
    return repository.find(kept).map(ChildRecord::reference).orElse(null);
  }

  /**
   * The audit event for a list or search that showed these children: one event naming each, so it
   * is in every one's "who has seen this record" (docs/adr/010).
   */
  static Audited shown(AuditAction action, String detail, java.util.Collection<ChildId> shown) {
    return new Audited(
            action, RECORD_TYPE, null, uk.harbour.audit.AuditOutcome.SUCCEEDED, null, detail)
        .withChildren(shown);
  }

  /** The children a list showed, for its audit event: each child's access log then shows it. */
  static List<ChildId> ids(List<ChildRecord> shown) {
    return shown.stream().map(ChildRecord::id).toList();
  }

  static ChildId parseId(String raw) {
    return new ChildId(RecordIds.parse(raw, RECORD_TYPE));
  }
}
