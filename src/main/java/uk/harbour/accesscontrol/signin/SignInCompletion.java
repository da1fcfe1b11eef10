package uk.harbour.accesscontrol.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.shared.UserId;

/**
 * The end of every way of signing in: the session is given the user, the sign-in is recorded, and
 * the user is sent where they must go first.
 */
@Component
class SignInCompletion {

  /** Shown at the first sign-in after a data protection officer approved a reset. */
  static final String RESET_NOTICE_PAGE = PasswordChangeRequired.RESET_NOTICE;

  private final SignedInUsers users;
  private final SignInSession signInSession;
  private final Authenticator authenticator;
  private final AccountRepository accounts;

  SignInCompletion(
      SignedInUsers users,
      SignInSession signInSession,
      Authenticator authenticator,
      AccountRepository accounts) {
    this.users = users;
    this.signInSession = signInSession;
    this.authenticator = authenticator;
    this.accounts = accounts;
  }

  /**
   * Signs the user in and returns the view to send them to, or empty if the account can no longer
   * sign in (deactivated meanwhile).
   *
   * @param how how they signed in, for the audit, or null for the usual two steps
   */
  Optional<String> finish(
      UserId user, String how, HttpServletRequest request, HttpServletResponse response) {
    Optional<HarbourUser> signedIn = users.current(user);
    if (signedIn.isEmpty()) {
      return Optional.empty();
    }
    signInSession.complete(request, response, signedIn.get());
    if (authenticator.recordSignIn(user, how)) {
      return Optional.of("redirect:" + RESET_NOTICE_PAGE);
    }
    return Optional.of(
        accounts.mustChangePassword(user)
            ? "redirect:" + PasswordChangeRequired.PAGE
            : "redirect:/");
  }
}
