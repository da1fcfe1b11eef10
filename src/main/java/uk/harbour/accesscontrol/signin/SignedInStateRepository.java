package uk.harbour.accesscontrol.signin;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.shared.AgencyId;
import uk.harbour.shared.UserId;

/**
 * What every request of a signed-in user needs to know about them, read in one query: who they are
 * now (roles and agency, so a change applies at once), whether they must replace a password an
 * administrator set, and how many notifications they have not read.
 */
@Repository
class SignedInStateRepository {

  /**
   * A signed-in user as they are now.
   *
   * @param unreadNotifications for the layout's navigation
   */
  record SignedInState(HarbourUser user, boolean mustChangePassword, int unreadNotifications) {}

  private final JdbcClient jdbc;

  SignedInStateRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The user's state, or empty if the account no longer exists or is inactive. */
  Optional<SignedInState> of(UserId id) {
    return jdbc.sql(
            """
            SELECT u.id, u.username, u.display_name, u.agency_id, a.name AS agency_name,
                   u.must_change_password,
                   (SELECT string_agg(r.role, ',') FROM user_role r WHERE r.user_id = u.id)
                     AS roles,
                   (SELECT count(*) FROM notification n
                     WHERE n.recipient_id = u.id AND n.read_at IS NULL) AS unread
              FROM app_user u JOIN agency a ON a.id = u.agency_id
             WHERE u.id = ? AND u.active
            """)
        .param(id.value())
        .query(
            (rs, n) -> {
              String roles = rs.getString("roles");
              Set<Role> roleSet =
                  roles == null
                      ? EnumSet.noneOf(Role.class)
                      : Arrays.stream(roles.split(","))
                          .map(Role::valueOf)
                          .collect(Collectors.toSet());
              HarbourUser user =
                  new HarbourUser(
                      new UserId(rs.getObject("id", UUID.class)),
                      rs.getString("username"),
                      rs.getString("display_name"),
                      new AgencyId(rs.getObject("agency_id", UUID.class)),
                      rs.getString("agency_name"),
                      roleSet);
              return new SignedInState(
                  user, rs.getBoolean("must_change_password"), rs.getInt("unread"));
            })
        .optional();
  }
}
