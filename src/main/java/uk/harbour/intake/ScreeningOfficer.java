package uk.harbour.intake;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;

/**
 * The signed-in screening officer. The URL rules already keep everyone else out of /screening; the
 * services check again so that no other caller can screen a concern.
 */
@Component
class ScreeningOfficer {

  private final CurrentUser currentUser;

  ScreeningOfficer(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  HarbourUser require() {
    return currentUser
        .get()
        .filter(u -> u.has(Role.SCREENING_OFFICER))
        .orElseThrow(() -> new AccessDeniedException("Only screening officers screen concerns"));
  }
}
