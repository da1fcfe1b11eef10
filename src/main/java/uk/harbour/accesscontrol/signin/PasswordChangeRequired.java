package uk.harbour.accesscontrol.signin;

import java.util.Set;

/**
 * Where a signed-in user may go while they must replace a password an administrator set (NCSC: an
 * administrator should not know a user's working password): the change-password page, the notice of
 * an approved reset, signing out and keeping the session alive. Static files never reach this
 * check. Everything else sends them to the change-password page.
 */
public final class PasswordChangeRequired {

  /** The page where the user changes their password. */
  static final String PAGE = "/account/password";

  /**
   * The page that tells the user, at the first sign-in after an approved reset, who reset their
   * sign-in details; it comes before the password change.
   */
  public static final String RESET_NOTICE = "/account/sign-in-reset";

  private static final Set<String> ALLOWED =
      Set.of(PAGE, RESET_NOTICE, "/logout", "/session/extend");

  private PasswordChangeRequired() {}

  /** Whether a path (without the context path) is open to a user who must change their password. */
  static boolean allows(String path) {
    return ALLOWED.contains(path);
  }
}
