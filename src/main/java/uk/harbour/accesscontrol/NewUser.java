package uk.harbour.accesscontrol;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.harbour.shared.AgencyId;
import uk.harbour.shared.UserId;

/**
 * What is needed to create an account. {@code totpSecret} is a Base32 secret for the second factor,
 * or {@code null} so the user enrols at first sign-in.
 */
public record NewUser(
    String username,
    String displayName,
    @Nullable String email,
    @Nullable String jobTitle,
    AgencyId agencyId,
    @Nullable UserId managerId,
    Set<Role> roles,
    String rawPassword,
    @Nullable String totpSecret) {

  public NewUser {
    roles = Set.copyOf(roles);
  }
}
