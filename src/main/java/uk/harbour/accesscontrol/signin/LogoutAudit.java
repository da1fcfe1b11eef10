package uk.harbour.accesscontrol.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/** Records a sign-out before the session is ended. */
@Component
class LogoutAudit implements LogoutHandler {

  private final Authenticator authenticator;

  LogoutAudit(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  public void logout(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    if (authentication instanceof HarbourAuthentication signedIn) {
      authenticator.recordSignOut(signedIn.user().id(), "signed out");
    }
  }
}
