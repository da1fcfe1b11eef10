package uk.harbour.accesscontrol;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.harbour.shared.AgencyId;
import uk.harbour.shared.UserId;

/** A user as other modules see them: name, agency, job and roles, nothing about sign-in. */
public record UserSummary(
    UserId id,
    String username,
    String displayName,
    @Nullable String jobTitle,
    AgencyId agencyId,
    String agencyName,
    @Nullable UserId managerId,
    boolean active,
    Set<Role> roles) {

  public UserSummary {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
