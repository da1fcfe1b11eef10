package uk.harbour.accesscontrol;

import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordNotFoundException;

/**
 * The one need-to-know policy every module calls. A user sees a child's record only if they are in
 * the child's team around the child, manage someone who is, are a screening officer while a concern
 * about the child awaits screening, or used break-glass in the last four hours. Administrators see
 * no child records. Everyone else is told the record does not exist.
 *
 * <p>The rule lives in one SQL function, {@code visible_child_ids}, so that lists, searches and
 * counts apply it inside the query ({@link #visibleChildrenClause(String)}), and it is evaluated
 * afresh on every request: removing someone from a team takes effect on their next request.
 *
 * <p>Changing a child's case is a narrower rule ({@link #requireChildChange}): being in the team,
 * managing someone who is, or break-glass. A screening officer's access while a concern awaits
 * screening is for reading only. It is the SQL function {@code changeable_child_ids}.
 */
@Service
public class AccessPolicy {

  public static final String CHILD = "child";

  /** The query parameter {@link #visibleChildrenClause(String)} expects: the viewer's user id. */
  public static final String VIEWER_PARAM = "viewer";

  private final ChildAccessRepository access;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;

  AccessPolicy(
      ChildAccessRepository access, CurrentUser currentUser, ApplicationEventPublisher events) {
    this.access = access;
    this.currentUser = currentUser;
    this.events = events;
  }

  /** Whether the signed-in user may see this child's record. */
  public boolean maySeeChild(ChildId child) {
    return currentUser.get().map(u -> maySeeChild(u.id().value(), child)).orElse(false);
  }

  boolean maySeeChild(UUID user, ChildId child) {
    return decide(user, child).maySee();
  }

  /**
   * What the user may do with the child: read with one query that asks both rules, and remembered
   * for the rest of the request ({@link AccessDecisions}).
   */
  private AccessDecisions.Decision decide(UUID user, ChildId child) {
    AccessDecisions.Decision known = AccessDecisions.find(user, child);
    if (known != null) {
      return known;
    }
    AccessDecisions.Decision decision = access.decision(user, child);
    AccessDecisions.remember(user, child, decision);
    return decision;
  }

  static AccessDecisions.Decision decision(java.sql.ResultSet rs) throws java.sql.SQLException {
    boolean onlyByBreakGlass = rs.getBoolean(CHANGE_GROUND);
    ChangeBasis change =
        rs.wasNull()
            ? ChangeBasis.NONE
            : onlyByBreakGlass ? ChangeBasis.BREAK_GLASS : ChangeBasis.NEED_TO_KNOW;
    return new AccessDecisions.Decision(rs.getBoolean(MAY_SEE), change);
  }

  static final String MAY_SEE = "access_may_see";
  static final String CHANGE_GROUND = "access_change_ground";

  /**
   * Two columns a module's own query about one child adds, so that what the viewer may do with the
   * child comes back in the same round trip as the record: pass the row to {@link #decided}. Bind
   * {@link #VIEWER_PARAM} to {@link #viewerId()}. The decision is then the one {@link
   * #requireChild}, {@link #requireChildChange}, {@link #maySeeChild} and {@link #mayChangeChild}
   * use for the rest of the request.
   *
   * @param childColumn the column (or expression) holding the child id, for example {@code
   *     c.child_id}
   */
  public String decisionColumns(String childColumn) {
    return "EXISTS (SELECT 1 FROM visible_child_ids(:"
        + VIEWER_PARAM
        + ") access_v WHERE access_v.child_id = "
        + childColumn
        + ") AS "
        + MAY_SEE
        + ", (SELECT access_c.only_by_break_glass FROM changeable_child_ids(:"
        + VIEWER_PARAM
        + ") access_c WHERE access_c.child_id = "
        + childColumn
        + ") AS "
        + CHANGE_GROUND;
  }

  /**
   * Remembers, for the rest of the request, the decision the {@link #decisionColumns} of this row
   * hold about the child, for the viewer bound when the query ran ({@link #viewerId()}).
   */
  public void decided(ChildId child, java.sql.ResultSet row) {
    currentUser
        .get()
        .ifPresent(u -> AccessDecisions.remember(u.id().value(), child, decisionOrNull(row)));
  }

  private static AccessDecisions.Decision decisionOrNull(java.sql.ResultSet row) {
    try {
      return decision(row);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("The query did not select the access decision columns", e);
    }
  }

  /**
   * Lets the caller go on only if the user may see the child. Otherwise records the denied attempt
   * in the audit trail and throws {@link RecordNotFoundException}, which callers' transactions do
   * not roll back for, so the denial is kept.
   *
   * @param attempted what the user tried to do, recorded with the denial
   */
  public void requireChild(ChildId child, AuditAction attempted) {
    if (!maySeeChild(child)) {
      events.publishEvent(
          Audited.denied(AuditAction.ACCESS_DENIED, CHILD, child).withDetail(attempted.name()));
      throw new RecordNotFoundException(CHILD, "/children/" + child + "/break-glass");
    }
  }

  /**
   * Whether the signed-in user may change this child's case: they are in the child's team, manage
   * someone who is, or have unexpired break-glass access. Seeing the child is not enough.
   */
  public boolean mayChangeChild(ChildId child) {
    return currentUser
        .get()
        .map(u -> changeBasis(u.id().value(), child) != ChangeBasis.NONE)
        .orElse(false);
  }

  /**
   * Lets the caller go on only if the user may change the child's case. A user who may not even see
   * the child is refused as {@link #requireChild} refuses (a 404); one who may see but not change
   * it (a screening officer's read-only access) gets {@link AccessDeniedException} (a 403). Both
   * refusals are audited; callers' transactions must not roll back for either exception. A change
   * allowed only by break-glass is audited against the child as such, in the caller's transaction.
   *
   * @param attempted what the user is about to do, recorded with the refusal or break-glass use
   */
  public void requireChildChange(ChildId child, AuditAction attempted) {
    requireChild(child, attempted);
    UUID user = viewerId();
    switch (changeBasis(user, child)) {
      case NONE -> {
        events.publishEvent(
            Audited.denied(AuditAction.ACCESS_DENIED, CHILD, child)
                .withDetail(attempted.name() + ", read-only access"));
        throw new AccessDeniedException("This user may see the child but not change their case");
      }
      case BREAK_GLASS ->
          events.publishEvent(
              Audited.succeeded(attempted, CHILD, child).withDetail("change under break-glass"));
      case NEED_TO_KNOW -> {
        // the team around the child, or managing someone in it: the usual ground
      }
    }
  }

  private ChangeBasis changeBasis(UUID user, ChildId child) {
    return decide(user, child).change();
  }

  enum ChangeBasis {
    NONE,
    NEED_TO_KNOW,
    BREAK_GLASS
  }

  /**
   * A SQL condition that keeps only the children the viewer may see, for use inside any query
   * returning children. Bind {@link #VIEWER_PARAM} to {@link #viewerId()}.
   *
   * @param idColumn the column holding the child id, for example {@code c.id}
   */
  public String visibleChildrenClause(String idColumn) {
    return idColumn + " IN (SELECT child_id FROM visible_child_ids(:" + VIEWER_PARAM + "))";
  }

  /**
   * A SQL condition keeping the children whose team around the child the viewer is in, for work
   * lists ("my young people"). It narrows, never widens: use it with {@link
   * #visibleChildrenClause(String)}. Bind {@link #VIEWER_PARAM}.
   */
  public String inViewersTeamsClause(String idColumn) {
    return idColumn
        + " IN (SELECT tm.child_id FROM team_member tm WHERE tm.user_id = :"
        + VIEWER_PARAM
        + ")";
  }

  /**
   * A SQL condition keeping the children whose team includes the viewer or someone the viewer
   * manages, for a manager's work lists. It narrows, never widens: use it with {@link
   * #visibleChildrenClause(String)}. Bind {@link #VIEWER_PARAM}.
   */
  public String inManagedTeamsClause(String idColumn) {
    return idColumn
        + " IN (SELECT tm.child_id FROM team_member tm JOIN app_user m ON m.id = tm.user_id"
        + " WHERE tm.user_id = :"
        + VIEWER_PARAM
        + " OR m.manager_id = :"
        + VIEWER_PARAM
        + ")";
  }

  /**
   * A SQL condition keeping the users the viewer manages (for example, whose assessments the viewer
   * signs off). Bind {@link #VIEWER_PARAM}.
   */
  public String managedByViewerClause(String userIdColumn) {
    return userIdColumn
        + " IN (SELECT m.id FROM app_user m WHERE m.manager_id = :"
        + VIEWER_PARAM
        + ")";
  }

  /** The id to bind as {@link #VIEWER_PARAM}; a random id (seeing nothing) when signed out. */
  public UUID viewerId() {
    return currentUser.get().map(u -> u.id().value()).orElseGet(UUID::randomUUID);
  }

  /**
   * Whether the user may add or remove people in the child's team: the child's key worker, or a
   * team manager who can see the child.
   */
  public boolean mayManageTeam(ChildId child) {
    return currentUser
        .get()
        .filter(u -> maySeeChild(u.id().value(), child))
        .map(
            u ->
                access.isKeyWorker(u.id().value(), child)
                    || (u.has(Role.TEAM_MANAGER)
                        && access.isInTeamOrManagesMember(u.id().value(), child)))
        .orElse(false);
  }

  /**
   * Whether the user may see who has looked at the child's record: the child's key worker, the key
   * worker's managers, and data protection officers.
   */
  public boolean maySeeAccessLog(ChildId child) {
    return currentUser
        .get()
        .map(
            u ->
                u.has(Role.DATA_PROTECTION_OFFICER)
                    || access.isKeyWorker(u.id().value(), child)
                    || access.managesKeyWorker(u.id().value(), child))
        .orElse(false);
  }
}
