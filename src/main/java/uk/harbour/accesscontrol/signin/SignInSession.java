package uk.harbour.accesscontrol.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Totp;
import uk.harbour.shared.UserId;

/**
 * What the session holds during and after sign-in. Between the password and the code it holds only
 * the id of the user who gave the right password; the security context is saved once the second
 * factor is right. The session id changes at each of those two steps.
 */
@Component
class SignInSession {

  /**
   * When the user completed sign-in, in epoch milliseconds; the absolute timeout counts from it.
   */
  public static final String AUTHENTICATED_AT = "harbour.signin.authenticatedAt";

  static final String PENDING_USER = "harbour.signin.pendingUser";
  static final String PENDING_SECRET = "harbour.signin.pendingSecret";

  private final HttpSessionSecurityContextRepository contexts =
      new HttpSessionSecurityContextRepository();
  private final HttpSessionCsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();
  private final SecurityContextHolderStrategy holder =
      SecurityContextHolder.getContextHolderStrategy();
  private final Clock clock;

  SignInSession(Clock clock) {
    this.clock = clock;
  }

  /** After a correct password: a new session id, no previous sign-in, and the pending user. */
  void startPending(HttpServletRequest request, UserId user) {
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    session.removeAttribute(AUTHENTICATED_AT);
    session.removeAttribute(PENDING_SECRET);
    session.setAttribute(PENDING_USER, user.toString());
  }

  Optional<UserId> pendingUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object id = session == null ? null : session.getAttribute(PENDING_USER);
    return id instanceof String s ? Optional.of(UserId.of(s)) : Optional.empty();
  }

  /** The secret shown while setting up an authenticator app, kept until it is confirmed. */
  String pendingSecret(HttpServletRequest request) {
    HttpSession session = request.getSession();
    if (session.getAttribute(PENDING_SECRET) instanceof String secret) {
      return secret;
    }
    String secret = Totp.newSecret();
    session.setAttribute(PENDING_SECRET, secret);
    return secret;
  }

  void clearPending(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(PENDING_USER);
      session.removeAttribute(PENDING_SECRET);
    }
  }

  /** Signs the user in: another new session id, a fresh CSRF token and the saved context. */
  void complete(HttpServletRequest request, HttpServletResponse response, HarbourUser user) {
    clearPending(request);
    HttpSession session = request.getSession();
    request.changeSessionId();
    // a fresh token now, saved with the sign-in, rather than made (and the session written again)
    // by the first page that shows a form
    csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
    session.setAttribute(AUTHENTICATED_AT, clock.millis());
    SecurityContext context = holder.createEmptyContext();
    context.setAuthentication(new HarbourAuthentication(user));
    holder.setContext(context);
    contexts.saveContext(context, request, response);
  }

  /** Replaces the signed-in user with their current state from the directory. */
  void refresh(HttpServletRequest request, HttpServletResponse response, HarbourUser user) {
    SecurityContext context = holder.createEmptyContext();
    context.setAuthentication(new HarbourAuthentication(user));
    holder.setContext(context);
    contexts.saveContext(context, request, response);
  }

  /** Ends the session on the server: Spring Session deletes it and expires the cookie. */
  void end(HttpServletRequest request) {
    holder.clearContext();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
