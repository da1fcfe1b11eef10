package uk.harbour.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.shared.UserId;

/** People's names for the audit pages, from the directory, and finding a person by name. */
@Component
class AuditPeople {

  private final Directory directory;

  AuditPeople(Directory directory) {
    this.directory = directory;
  }

  /** The people with these ids that the directory holds, by id. */
  Map<UUID, UserSummary> byId(Collection<UUID> ids) {
    Map<UUID, UserSummary> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    for (UserSummary user : directory.usersWithIds(ids.stream().map(UserId::new).toList())) {
      found.put(user.id().value(), user);
    }
    return found;
  }

  /**
   * The username to search for when a data protection officer types a name or a username: the
   * account's when exactly one person has that username or name; the text itself (in lower case)
   * when nobody has, so usernames seen only in failed sign-ins are still found; empty when several
   * people share the name (the officer must choose: {@link #named}).
   */
  java.util.Optional<String> usernameFor(String typed) {
    List<UserSummary> people = named(typed);
    if (people.size() > 1) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        people.isEmpty() ? typed.strip().toLowerCase(Locale.ROOT) : people.get(0).username());
  }

  /**
   * Who a data protection officer means by what they typed: the account with that username, or
   * everyone whose name it is (ignoring case and spaces at the ends); empty when it is neither.
   */
  List<UserSummary> named(String typed) {
    String text = typed.strip();
    var byUsername = directory.findUserByUsername(text);
    if (byUsername.isPresent()) {
      return List.of(byUsername.get());
    }
    String wanted = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return directory.allUsers().stream()
        .filter(
            u ->
                u.displayName() != null
                    && u.displayName()
                        .strip()
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("\\s+", " ")
                        .equals(wanted))
        .toList();
  }
}
