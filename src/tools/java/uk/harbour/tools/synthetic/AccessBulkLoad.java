package uk.harbour.tools.synthetic;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.accesscontrol.NewUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/**
 * Accounts and teams in bulk, for the synthetic data generator only: thousands of users in a few
 * statements (each distinct password hashed once, not once per user) and team memberships by the
 * hundred thousand. Each call writes one audit event saying what it added.
 */
@Service
public class AccessBulkLoad {

  /** A practitioner placed in a child's team. */
  public record Placement(ChildId child, UserId user, TeamRole role, Instant since) {}

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AccessBulkLoad(
      JdbcClient jdbc, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Creates the accounts in order (a manager must come before the people they manage) and returns
   * their ids in the same order.
   */
  @Transactional
  public List<UserId> createUsers(List<NewUser> users) {
    Map<String, String> hashes = new HashMap<>();
    int n = users.size();
    UUID[] ids = new UUID[n];
    String[] usernames = new String[n];
    String[] names = new String[n];
    String[] emails = new String[n];
    String[] titles = new String[n];
    UUID[] agencies = new UUID[n];
    UUID[] managers = new UUID[n];
    String[] hashed = new String[n];
    String[] secrets = new String[n];
    for (int i = 0; i < n; i++) {
      NewUser u = users.get(i);
      ids[i] = UUID.randomUUID();
      usernames[i] = u.username().toLowerCase(Locale.ROOT);
      names[i] = u.displayName();
      emails[i] = u.email();
      titles[i] = u.jobTitle();
      agencies[i] = u.agencyId().value();
      managers[i] = u.managerId() == null ? null : u.managerId().value();
      hashed[i] = hashes.computeIfAbsent(u.rawPassword(), passwords::encode);
      secrets[i] = u.totpSecret();
    }
    jdbc.sql(
            """
            INSERT INTO app_user (id, username, display_name, email, job_title, agency_id,
                                  manager_id, password_hash, password_changed_at, totp_secret,
                                  created_at)
            SELECT id, username, display_name, email, job_title, agency_id, manager_id,
                   password_hash, :now, totp_secret, :now
              FROM unnest(:ids::uuid[], :usernames::text[], :names::text[], :emails::text[],
                          :titles::text[], :agencies::uuid[], :managers::uuid[],
                          :hashes::text[], :secrets::text[])
                   AS u(id, username, display_name, email, job_title, agency_id, manager_id,
                        password_hash, totp_secret)
            """)
        .param("now", Timestamp.from(clock.instant()))
        .param("ids", ids)
        .param("usernames", usernames)
        .param("names", names)
        .param("emails", emails)
        .param("titles", titles)
        .param("agencies", agencies)
        .param("managers", managers)
        .param("hashes", hashed)
        .param("secrets", secrets)
        .update();
    List<UUID> roleUsers = new java.util.ArrayList<>();
    List<String> roleNames = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (Role role : users.get(i).roles()) {
        roleUsers.add(ids[i]);
        roleNames.add(role.name());
      }
    }
    jdbc.sql("INSERT INTO user_role (user_id, role) SELECT * FROM unnest(?::uuid[], ?::text[])")
        .params(roleUsers.toArray(UUID[]::new), roleNames.toArray(String[]::new))
        .update();
    events.publishEvent(summary(AuditAction.CREATE, "user", "synthetic users created: " + n));
    return java.util.Arrays.stream(ids).map(UserId::new).toList();
  }

  /** Puts each practitioner in the child's team. */
  @Transactional
  public void placeInTeams(List<Placement> placements) {
    int n = placements.size();
    UUID[] children = new UUID[n];
    UUID[] users = new UUID[n];
    String[] roles = new String[n];
    String[] since = new String[n];
    for (int i = 0; i < n; i++) {
      Placement p = placements.get(i);
      children[i] = p.child().value();
      users[i] = p.user().value();
      roles[i] = p.role().name();
      since[i] = p.since().toString();
    }
    jdbc.sql(
            """
            INSERT INTO team_member (child_id, user_id, team_role, added_at)
            SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::timestamptz[])
            """)
        .params(children, users, roles, since)
        .update();
    events.publishEvent(
        summary(AuditAction.CHANGE, AccessPolicy.CHILD, "synthetic team members added: " + n));
  }

  /** The usernames of accounts that {@code recognised} does not accept, in name order. */
  public List<String> usernamesNotMatching(Predicate<String> recognised) {
    return jdbc
        .sql("SELECT username FROM app_user ORDER BY username")
        .query(String.class)
        .list()
        .stream()
        .filter(recognised.negate())
        .toList();
  }

  private static Audited summary(AuditAction action, String recordType, String detail) {
    return new Audited(action, recordType, null, AuditOutcome.SUCCEEDED, null, detail);
  }
}
