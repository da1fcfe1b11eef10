package uk.harbour.accesscontrol;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/**
 * Someone joined or left the team around a child, in the transaction that changed it. Audited as a
 * change to the child's record. Only the audit listens (modules that follow the key worker listen
 * to {@link KeyWorkerChanged}), so the type stays inside this package.
 *
 * @param member who joined or left, as the audit names them: the username when a manager changed
 *     the team, the user id when another module did
 * @param role the role they joined in, or null when they left
 * @param previous the key worker who left the team for an appointed one, or null
 */
record TeamChanged(
    ChildId child, Change change, String member, @Nullable TeamRole role, @Nullable UserId previous)
    implements AuditedEvent {

  /** What happened to the team, in the audit's words. */
  enum Change {
    MEMBER_ADDED("team member added: "),
    MEMBER_REMOVED("team member removed: "),
    MEMBER_ASSIGNED("team member assigned: "),
    KEY_WORKER_APPOINTED("key worker appointed: "),
    MEMBER_WITHDRAWN("team member withdrawn: ");

    private final String words;

    Change(String words) {
      this.words = words;
    }
  }

  TeamChanged {
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(member, "member");
  }

  /** A manager added someone, named by username. */
  static TeamChanged added(ChildId child, String username, TeamRole role) {
    return new TeamChanged(child, Change.MEMBER_ADDED, username, role, null);
  }

  /** A manager removed someone, named by username ("?" if they no longer exist). */
  static TeamChanged removed(ChildId child, String username) {
    return new TeamChanged(child, Change.MEMBER_REMOVED, username, null, null);
  }

  /** Another module (or the demo world) put someone in the team. */
  static TeamChanged assigned(ChildId child, UserId member, TeamRole role) {
    return new TeamChanged(child, Change.MEMBER_ASSIGNED, member.toString(), role, null);
  }

  /** Another module made someone the key worker; the previous one, if any, left the team. */
  static TeamChanged keyWorkerAppointed(ChildId child, UserId worker, @Nullable UserId previous) {
    return new TeamChanged(
        child, Change.KEY_WORKER_APPOINTED, worker.toString(), TeamRole.KEY_WORKER, previous);
  }

  /** Another module took someone out of the team. */
  static TeamChanged withdrawn(ChildId child, UserId member) {
    return new TeamChanged(child, Change.MEMBER_WITHDRAWN, member.toString(), null, null);
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(AuditAction.CHANGE, AccessPolicy.CHILD, child).withDetail(detail()));
  }

  private String detail() {
    return switch (change) {
      case MEMBER_ADDED, MEMBER_ASSIGNED -> change.words + member + " as " + role;
      case KEY_WORKER_APPOINTED ->
          change.words
              + member
              + (previous == null ? "" : ", previous key worker left the team: " + previous);
      case MEMBER_REMOVED, MEMBER_WITHDRAWN -> change.words + member;
    };
  }
}
