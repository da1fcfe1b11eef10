package uk.harbour.accesscontrol.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Sends a visitor who is not signed in to the sign-in page. If the browser still presented a
 * session that has since expired, the page says the session timed out.
 */
class SignInEntryPoint implements AuthenticationEntryPoint {

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    boolean timedOut =
        request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    response.sendRedirect(request.getContextPath() + (timedOut ? "/login?timeout" : "/login"));
  }
}
