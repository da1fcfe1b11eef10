package uk.harbour.accesscontrol;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.UserId;

/**
 * The team around each child. Membership is what need-to-know access is based on, so every change
 * is audited against the child's record ({@link TeamChanged}) and takes effect on the member's next
 * request.
 *
 * <p>The team is also the one place that says who a child's key worker is: the member with the role
 * {@link TeamRole#KEY_WORKER}, at most one per child (a unique index holds it). A case's key
 * worker, the team page and every list read it from here (SQL reads the view {@value
 * #KEY_WORKER_VIEW}). Every change of it publishes {@link KeyWorkerChanged}.
 */
@Service
public class Teams {

  /**
   * The view of each child's key worker: {@code child_id, user_id, display_name, since}, one row
   * per child that has one.
   */
  public static final String KEY_WORKER_VIEW = "child_key_worker";

  private final TeamRepository repository;
  private final AccessPolicy policy;
  private final Directory directory;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Teams(
      TeamRepository repository,
      AccessPolicy policy,
      Directory directory,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.policy = policy;
    this.directory = directory;
    this.currentUser = currentUser;
    this.events = events;
    this.clock = clock;
  }

  /** The team, key worker first. Callers must already have checked the user may see the child. */
  public List<TeamMember> members(ChildId child) {
    return repository.members(child);
  }

  /** Adds a practitioner, if the signed-in user may manage this child's team. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  public void add(ChildId child, UserId member, TeamRole role) {
    requireManager(child);
    UserSummary user =
        directory
            .findUser(member)
            .filter(UserSummary::active)
            .filter(u -> !u.has(Role.SYSTEM_ADMINISTRATOR))
            .orElseThrow(() -> new TeamChangeException("team.error.userNotAvailable"));
    if (isMember(child, member)) {
      throw new TeamChangeException("team.error.alreadyMember");
    }
    if (role == TeamRole.KEY_WORKER && hasKeyWorker(child)) {
      throw new TeamChangeException("team.error.keyWorkerExists");
    }
    insert(child, member, role);
    events.publishEvent(TeamChanged.added(child, user.username(), role));
    if (role == TeamRole.KEY_WORKER) {
      events.publishEvent(new KeyWorkerChanged(child, null, member, null));
    }
  }

  /** Removes a practitioner; they lose access on their next request. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  public void remove(ChildId child, UserId member) {
    requireManager(child);
    TeamRole removed = delete(child, member);
    if (removed == null) {
      throw new TeamChangeException("team.error.notMember");
    }
    String username = directory.findUser(member).map(UserSummary::username).orElse("?");
    events.publishEvent(TeamChanged.removed(child, username));
    if (removed == TeamRole.KEY_WORKER) {
      events.publishEvent(new KeyWorkerChanged(child, member, null, null));
    }
  }

  /**
   * Puts a practitioner in a team without a signed-in manager: for the demo world and for changes
   * made under other modules' own permission checks. Audited like any other change. A child has one
   * key worker: assigning a second is refused ({@link TeamChangeException}); use {@link
   * #appointKeyWorker} to change who it is.
   */
  @Transactional
  public void assign(ChildId child, UserId member, TeamRole role) {
    if (isMember(child, member)) {
      return;
    }
    if (role == TeamRole.KEY_WORKER && hasKeyWorker(child)) {
      throw new TeamChangeException("team.error.keyWorkerExists");
    }
    insert(child, member, role);
    events.publishEvent(TeamChanged.assigned(child, member, role));
    if (role == TeamRole.KEY_WORKER) {
      events.publishEvent(new KeyWorkerChanged(child, null, member, null));
    }
  }

  /**
   * Makes {@code worker} the child's key worker, without a signed-in manager: for allocations made
   * under another module's own permission checks (a team manager allocating on a case). The
   * previous key worker leaves the team; if the new one was in it in another role, they now hold
   * this one. Audited, and published as one {@link KeyWorkerChanged} with the reason.
   *
   * @return false if they were the key worker already (nothing changed)
   */
  @Transactional
  public boolean appointKeyWorker(ChildId child, UserId worker, String reason) {
    UserId previous = keyWorker(child).orElse(null);
    if (worker.equals(previous)) {
      return false;
    }
    if (previous != null) {
      delete(child, previous);
    }
    delete(child, worker);
    insert(child, worker, TeamRole.KEY_WORKER);
    events.publishEvent(TeamChanged.keyWorkerAppointed(child, worker, previous));
    events.publishEvent(new KeyWorkerChanged(child, previous, worker, reason));
    return true;
  }

  /** The child's key worker, if they have one. */
  public Optional<UserId> keyWorker(ChildId child) {
    return repository.keyWorker(child);
  }

  /**
   * Takes a practitioner out of a team without a signed-in manager: for changes other modules make
   * under their own permission checks (for example undoing a merge). Audited like any other change;
   * returns whether they were in the team.
   */
  @Transactional
  public boolean withdraw(ChildId child, UserId member) {
    TeamRole removed = delete(child, member);
    if (removed != null) {
      events.publishEvent(TeamChanged.withdrawn(child, member));
    }
    if (removed == TeamRole.KEY_WORKER) {
      events.publishEvent(new KeyWorkerChanged(child, member, null, null));
    }
    return removed != null;
  }

  /** The children whose team the user is in, for their home page. */
  public List<ChildId> childrenOf(UserId user) {
    return repository.childrenOf(user);
  }

  private void requireManager(ChildId child) {
    policy.requireChild(child, AuditAction.CHANGE);
    if (!policy.mayManageTeam(child)) {
      events.publishEvent(
          Audited.denied(AuditAction.ACCESS_DENIED, AccessPolicy.CHILD, child)
              .withDetail("team change"));
      throw new AccessDeniedException("Only the key worker or a manager may change the team");
    }
  }

  private boolean isMember(ChildId child, UserId member) {
    return repository.isMember(child, member);
  }

  private boolean hasKeyWorker(ChildId child) {
    return keyWorker(child).isPresent();
  }

  /**
   * Adds the member. Two key workers for one child are refused by the database too (two managers
   * adding one at once): that is the same "already has a key worker" error.
   */
  private void insert(ChildId child, UserId member, TeamRole role) {
    UUID by = currentUser.get().map(u -> u.id().value()).orElse(null);
    try {
      repository.insert(child, member, role, clock.instant(), by);
      AccessDecisions.forgetAll();
    } catch (DuplicateKeyException twoKeyWorkers) {
      if (role != TeamRole.KEY_WORKER) {
        throw twoKeyWorkers;
      }
      throw new TeamChangeException("team.error.keyWorkerExists");
    }
  }

  /** Takes the member out of the team; their role there, or null if they were not in it. */
  private @Nullable TeamRole delete(ChildId child, UserId member) {
    TeamRole removed = repository.delete(child, member);
    AccessDecisions.forgetAll();
    return removed;
  }
}
