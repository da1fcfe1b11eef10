package uk.harbour.accesscontrol.admin;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Notifications;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.shared.UserId;

/**
 * Tells every data protection officer inside Harbour when an administrator makes an account or
 * changes someone's roles or line manager. Administrators see no child records, but those changes
 * decide who does (a line manager sees the children of the people they manage), so an administrator
 * could otherwise give an account they control access to children unseen. The notices are listed on
 * each officer's notifications page and lead to the account's audit trail.
 */
@Component
class AccountChangeNotices {

  static final String KIND = "ACCOUNT_CHANGE";

  private final Directory directory;
  private final Notifications notifications;
  private final CurrentUser currentUser;
  private final MessageSource messages;

  AccountChangeNotices(
      Directory directory,
      Notifications notifications,
      CurrentUser currentUser,
      MessageSource messages) {
    this.directory = directory;
    this.notifications = notifications;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  /** A new account; returns how many officers were told. */
  int created(UserId id, String username, Set<Role> roles, UserId manager) {
    String text =
        message(
            "accountChange.created",
            admin(),
            username,
            roleNames(roles),
            message("accountChange.managerIs", managerName(manager)));
    return tell(id, text);
  }

  /** Changed roles or line manager (nothing is sent when neither changed). */
  int changed(
      UserId id,
      String username,
      Set<Role> rolesBefore,
      Set<Role> rolesAfter,
      UserId managerBefore,
      UserId managerAfter) {
    StringBuilder text = new StringBuilder();
    if (!rolesBefore.equals(rolesAfter)) {
      text.append(
          message(
              "accountChange.roles",
              admin(),
              username,
              roleNames(rolesBefore),
              roleNames(rolesAfter)));
    }
    if (!Objects.equals(managerBefore, managerAfter)) {
      text.append(text.isEmpty() ? "" : " ")
          .append(
              message(
                  "accountChange.manager",
                  admin(),
                  username,
                  managerName(managerBefore),
                  managerName(managerAfter)));
    }
    return text.isEmpty() ? 0 : tell(id, text.toString());
  }

  private int tell(UserId account, String text) {
    Set<UserId> officers = new LinkedHashSet<>();
    directory.activeUsersWithRole(Role.DATA_PROTECTION_OFFICER).forEach(u -> officers.add(u.id()));
    currentUser.get().ifPresent(u -> officers.remove(u.id()));
    String link = "/audit?recordType=user&recordId=" + account.value();
    officers.forEach(o -> notifications.send(o, KIND, null, account.value(), text, link));
    return officers.size();
  }

  private String admin() {
    return currentUser.get().map(HarbourUser::username).orElse("Harbour");
  }

  private String managerName(@Nullable UserId manager) {
    return manager == null
        ? message("accountChange.noManager")
        : directory.findUser(manager).map(UserSummary::username).orElse(manager.toString());
  }

  private String roleNames(Set<Role> roles) {
    if (roles.isEmpty()) {
      return message("accountChange.noRoles");
    }
    return roles.stream()
        .sorted()
        .map(r -> message("role." + r.name()))
        .collect(Collectors.joining(", "));
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }
}
