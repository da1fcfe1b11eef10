package uk.harbour.accesscontrol.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Notifications;
import uk.harbour.accesscontrol.signin.SignedInStateRepository.SignedInState;

/**
 * Runs on every request of a signed-in user, before authorisation: ends a session that has lasted
 * longer than the absolute timeout, ends it when the user has been deactivated, and otherwise
 * reloads the user's roles and agency from the database so that changes apply at once (with the
 * password flag and the unread notifications the layout shows, all in one query). A user who must
 * replace a password an administrator set is sent to change it from every page but the few {@link
 * PasswordChangeRequired} allows.
 */
class SessionRulesFilter extends OncePerRequestFilter {

  private static final List<String> STATIC_PREFIXES =
      List.of(
          "/assets/", "/webjars/", "/css/", "/js/", "/images/", "/govuk-frontend/", "/favicon.ico");

  private final SignedInStateRepository states;
  private final SignInSession signInSession;
  private final Authenticator authenticator;
  private final SessionSettings settings;
  private final Clock clock;

  SessionRulesFilter(
      SignedInStateRepository states,
      SignInSession signInSession,
      Authenticator authenticator,
      SessionSettings settings,
      Clock clock) {
    this.states = states;
    this.signInSession = signInSession;
    this.authenticator = authenticator;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = path(request);
    return STATIC_PREFIXES.stream().anyMatch(path::startsWith);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    HttpSession session = request.getSession(false);
    if (session != null && auth instanceof HarbourAuthentication signedIn) {
      HarbourUser user = signedIn.user();
      if (tooOld(session)) {
        end(request, response, user, "absolute session timeout", "/login?expired");
        return;
      }
      Optional<SignedInState> current = states.of(user.id());
      if (current.isEmpty()) {
        end(request, response, user, "account deactivated", "/login");
        return;
      }
      SignedInState state = current.get();
      if (!state.user().equals(user)) {
        signInSession.refresh(request, response, state.user());
      }
      request.setAttribute(Notifications.UNREAD_THIS_REQUEST, state.unreadNotifications());
      if (!PasswordChangeRequired.allows(path(request)) && state.mustChangePassword()) {
        response.sendRedirect(request.getContextPath() + PasswordChangeRequired.PAGE);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private boolean tooOld(HttpSession session) {
    Object at = session.getAttribute(SignInSession.AUTHENTICATED_AT);
    return !(at instanceof Long millis)
        || clock.millis() - millis >= settings.absoluteTimeout().toMillis();
  }

  private void end(
      HttpServletRequest request,
      HttpServletResponse response,
      HarbourUser user,
      String why,
      String target)
      throws IOException {
    signInSession.end(request);
    authenticator.recordSignOut(user.id(), why);
    response.sendRedirect(request.getContextPath() + target);
  }
}
