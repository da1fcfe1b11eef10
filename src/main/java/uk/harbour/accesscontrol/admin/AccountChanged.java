package uk.harbour.accesscontrol.admin;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.harbour.accesscontrol.Role;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.shared.UserId;

/**
 * An administrator added or changed a user account, in the transaction that changed it. Audited as
 * the account's creation or change. Only the audit listens, so the type stays inside this package.
 *
 * @param roles the account's roles now (a new account, or changed details); otherwise empty
 * @param manager the account's line manager now (changed details), or null
 * @param count data protection officers told (a new account, changed details), or sessions ended (a
 *     password set); otherwise 0
 */
record AccountChanged(
    UserId user, Change change, Set<Role> roles, @Nullable UserId manager, int count)
    implements AuditedEvent {

  /** A password an administrator set: its owner must replace it when they next sign in. */
  static final String TO_CHANGE = "password set by an administrator, to be changed at next sign-in";

  /** What the administrator did to the account. */
  enum Change {
    CREATED,
    DETAILS_CHANGED,
    REACTIVATED,
    DEACTIVATED,
    UNLOCKED,
    PASSWORD_SET
  }

  AccountChanged {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(change, "change");
    roles = Set.copyOf(roles);
  }

  static AccountChanged created(UserId user, Set<Role> roles, int officersTold) {
    return new AccountChanged(user, Change.CREATED, roles, null, officersTold);
  }

  static AccountChanged detailsChanged(
      UserId user, Set<Role> roles, @Nullable UserId manager, int officersTold) {
    return new AccountChanged(user, Change.DETAILS_CHANGED, roles, manager, officersTold);
  }

  static AccountChanged activeSet(UserId user, boolean active) {
    return new AccountChanged(
        user, active ? Change.REACTIVATED : Change.DEACTIVATED, Set.of(), null, 0);
  }

  static AccountChanged unlocked(UserId user) {
    return new AccountChanged(user, Change.UNLOCKED, Set.of(), null, 0);
  }

  static AccountChanged passwordSet(UserId user, int sessionsEnded) {
    return new AccountChanged(user, Change.PASSWORD_SET, Set.of(), null, sessionsEnded);
  }

  @Override
  public List<Audited> audited() {
    AuditAction action = change == Change.CREATED ? AuditAction.CREATE : AuditAction.CHANGE;
    return List.of(Audited.succeeded(action, "user", user).withDetail(detail()));
  }

  private String detail() {
    return switch (change) {
      case CREATED -> roleWords() + "; " + TO_CHANGE + "; " + officersTold(count);
      case DETAILS_CHANGED ->
          "details changed; "
              + roleWords()
              + "; manager: "
              + (manager == null ? "none" : manager)
              + (count > 0 ? "; " + officersTold(count) : "");
      case REACTIVATED -> "reactivated";
      case DEACTIVATED -> "deactivated";
      case UNLOCKED -> "unlocked";
      case PASSWORD_SET -> TO_CHANGE + "; " + count + " session(s) ended";
    };
  }

  static String officersTold(int count) {
    return count + " data protection officer(s) told";
  }

  private String roleWords() {
    return "roles: " + roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
  }
}
