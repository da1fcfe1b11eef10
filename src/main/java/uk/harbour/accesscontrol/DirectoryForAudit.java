package uk.harbour.accesscontrol;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.harbour.audit.AuditDirectory;
import uk.harbour.shared.UserId;

/** Tells the audit module who is acting and who people are, from the session and the directory. */
@Component
class DirectoryForAudit implements AuditDirectory {

  private final CurrentUser currentUser;
  private final Directory directory;

  DirectoryForAudit(CurrentUser currentUser, Directory directory) {
    this.currentUser = currentUser;
    this.directory = directory;
  }

  @Override
  public Optional<Actor> current() {
    return currentUser
        .get()
        .map(
            u ->
                new Actor(
                    u.id(),
                    u.username(),
                    u.agencyId(),
                    u.agencyName(),
                    u.roles().stream().map(Role::name).collect(Collectors.toSet()),
                    u.has(Role.DATA_PROTECTION_OFFICER)));
  }

  @Override
  public List<Person> withIds(Collection<UserId> ids) {
    return directory.usersWithIds(ids).stream().map(DirectoryForAudit::person).toList();
  }

  @Override
  public Optional<Person> withUsername(String username) {
    return directory.findUserByUsername(username).map(DirectoryForAudit::person);
  }

  @Override
  public List<Person> everyone() {
    return directory.allUsers().stream().map(DirectoryForAudit::person).toList();
  }

  @Override
  public Map<String, String> agencyNames() {
    return directory.agencies().stream()
        .collect(Collectors.toMap(a -> a.id().value().toString(), AgencySummary::name));
  }

  private static Person person(UserSummary user) {
    return new Person(user.id(), user.username(), user.displayName(), user.agencyName());
  }
}
