package uk.harbour.accesscontrol;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.shared.AgencyId;
import uk.harbour.shared.UserId;

/**
 * The directory of agencies and users: the facade other modules use to look people up, and the one
 * place accounts and agencies are created.
 */
@Service
public class Directory {

  private final DirectoryRepository repository;
  private final PasswordEncoder passwords;
  private final Clock clock;

  Directory(DirectoryRepository repository, PasswordEncoder passwords, Clock clock) {
    this.repository = repository;
    this.passwords = passwords;
    this.clock = clock;
  }

  @Transactional
  public AgencyId createAgency(String name, AgencyKind kind) {
    UUID id = UUID.randomUUID();
    repository.insertAgency(id, name, kind, clock.instant());
    return new AgencyId(id);
  }

  /** Creates an account. The password is hashed here; policy checks belong to the caller. */
  @Transactional
  public UserId createUser(NewUser user) {
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    repository.insertUser(
        id,
        user,
        user.username().toLowerCase(Locale.ROOT),
        passwords.encode(user.rawPassword()),
        now);
    setRoles(new UserId(id), user.roles());
    return new UserId(id);
  }

  @Transactional
  public void setRoles(UserId user, Set<Role> roles) {
    repository.setRoles(user, roles);
  }

  public Optional<UserSummary> findUser(UserId id) {
    return repository.findUser(id);
  }

  public Optional<UserSummary> findUserByUsername(String username) {
    return repository.findUserByUsername(username.toLowerCase(Locale.ROOT));
  }

  /** Every user, ordered by agency then name. */
  public List<UserSummary> allUsers() {
    return repository.allUsers();
  }

  /** The users with these ids (those that exist), in no particular order. */
  public List<UserSummary> usersWithIds(java.util.Collection<UserId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return repository.usersWithIds(ids);
  }

  /** Active users who may join a team around a child (not administrators). */
  public List<UserSummary> activePractitioners() {
    return allUsers().stream()
        .filter(UserSummary::active)
        .filter(u -> !u.has(Role.SYSTEM_ADMINISTRATOR))
        .toList();
  }

  /** Active users holding a role, for example every data protection officer. */
  public List<UserSummary> activeUsersWithRole(Role role) {
    return repository.activeUsersWithRole(role);
  }

  public List<AgencySummary> agencies() {
    return repository.agencies();
  }

  public boolean hasAnyUser() {
    return repository.hasAnyUser();
  }
}
