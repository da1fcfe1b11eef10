package uk.harbour.accesscontrol.signin;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;

/**
 * A user who has given a correct password and second-factor code. Its name is the username, which
 * is what Spring Session indexes sessions by.
 */
final class HarbourAuthentication extends AbstractAuthenticationToken {

  private static final long serialVersionUID = 1L;

  private final HarbourUser user;

  public HarbourAuthentication(HarbourUser user) {
    super(authorities(user));
    this.user = user;
    setAuthenticated(true);
  }

  private static List<SimpleGrantedAuthority> authorities(HarbourUser user) {
    return user.roles().stream()
        .map(Role::authority)
        .sorted()
        .map(SimpleGrantedAuthority::new)
        .toList();
  }

  public HarbourUser user() {
    return user;
  }

  @Override
  public Object getPrincipal() {
    return user;
  }

  @Override
  public @Nullable Object getCredentials() {
    return null;
  }

  @Override
  public String getName() {
    return user.username();
  }
}
