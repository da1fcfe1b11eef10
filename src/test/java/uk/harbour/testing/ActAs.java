package uk.harbour.testing;

import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.UserSummary;

/** Puts a user in the security context of the current thread, for service-level tests. */
@Component
public class ActAs {

  private final Directory directory;

  public ActAs(Directory directory) {
    this.directory = directory;
  }

  public HarbourUser user(String username) {
    UserSummary u = directory.findUserByUsername(username).orElseThrow();
    HarbourUser principal =
        new HarbourUser(
            u.id(), u.username(), u.displayName(), u.agencyId(), u.agencyName(), u.roles());
    var authorities =
        u.roles().stream()
            .map(r -> new SimpleGrantedAuthority(r.authority()))
            .collect(Collectors.toList());
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    return principal;
  }

  public void nobody() {
    SecurityContextHolder.clearContext();
  }
}
