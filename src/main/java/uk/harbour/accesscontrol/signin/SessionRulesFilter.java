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

/**
 * Runs on every request of a signed-in user, before authorisation: ends a session that has lasted
 * longer than the absolute timeout, ends it when the user has been deactivated, and otherwise
 * reloads the user's roles and agency from the database so that changes apply at once. A user who
 * must replace a password an administrator set is sent to change it from every page but the few
 * {@link PasswordChangeRequired} allows.
 */
class SessionRulesFilter extends OncePerRequestFilter {

  private static final List<String> STATIC_PREFIXES =
      List.of(
          "/assets/", "/webjars/", "/css/", "/js/", "/images/", "/govuk-frontend/", "/favicon.ico");

  private final SignedInUsers users;
  private final SignInSession signInSession;
  private final Authenticator authenticator;
  private final Accounts accounts;
  private final SessionSettings settings;
  private final Clock clock;

  SessionRulesFilter(
      SignedInUsers users,
      SignInSession signInSession,
      Authenticator authenticator,
      Accounts accounts,
      SessionSettings settings,
      Clock clock) {
    this.users = users;
    this.signInSession = signInSession;
    this.authenticator = authenticator;
    this.accounts = accounts;
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
      Optional<HarbourUser> current = users.current(user.id());
      if (current.isEmpty()) {
        end(request, response, user, "account deactivated", "/login");
        return;
      }
      if (!current.get().equals(user)) {
        signInSession.refresh(request, response, current.get());
      }
      if (!PasswordChangeRequired.allows(path(request)) && accounts.mustChangePassword(user.id())) {
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
