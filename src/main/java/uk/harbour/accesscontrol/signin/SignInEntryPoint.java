package uk.harbour.accesscontrol.signin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Sends a visitor who is not signed in to the sign-in page. If the browser still presented a
 * session that has since expired, the page says the session timed out; that includes a form posted
 * after the session expired, whose CSRF token died with it. Any other denial is audited and is a
 * 403.
 */
class SignInEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
  private final DeniedRequestAudit audit;

  SignInEntryPoint(DeniedRequestAudit audit) {
    this.audit = audit;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.sendRedirect(
        request.getContextPath() + (timedOut(request) ? "/login?timeout" : "/login"));
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException, ServletException {
    if (e instanceof CsrfException && timedOut(request)) {
      response.sendRedirect(request.getContextPath() + "/login?timeout");
    } else {
      audit.record(request);
      forbidden.handle(request, response, e);
    }
  }

  private static boolean timedOut(HttpServletRequest request) {
    return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
  }
}
