package uk.harbour.accesscontrol;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is making the current request, if anyone has signed in. */
@Component
public class CurrentUser {

  public Optional<HarbourUser> get() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof HarbourUser u) {
      return Optional.of(u);
    }
    return Optional.empty();
  }

  /** The signed-in user; fails if there is none, which the security rules should prevent. */
  public HarbourUser require() {
    return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
  }
}
