package uk.harbour.accesscontrol;

import java.io.Serializable;
import java.util.Set;
import uk.harbour.shared.AgencyId;
import uk.harbour.shared.UserId;

/** The signed-in user: who they are, their agency and their roles. Kept in the session. */
public record HarbourUser(
    UserId id,
    String username,
    String displayName,
    AgencyId agencyId,
    String agencyName,
    Set<Role> roles)
    implements Serializable {

  public HarbourUser {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
