package uk.harbour.accesscontrol;

import java.util.Set;
import uk.harbour.shared.AgencyId;
import uk.harbour.shared.UserId;

/**
 * What is needed to create an account. {@code totpSecret} is a Base32 secret for the second factor,
 * or {@code null} so the user enrols at first sign-in.
 */
public record NewUser(
    String username,
    String displayName,
    String email,
    String jobTitle,
    AgencyId agencyId,
    UserId managerId,
    Set<Role> roles,
    String rawPassword,
    String totpSecret) {

  public NewUser {
    roles = Set.copyOf(roles);
  }
}
