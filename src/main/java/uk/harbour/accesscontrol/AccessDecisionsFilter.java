package uk.harbour.accesscontrol;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each HTTP request somewhere to remember the access policy's decisions, and nothing else
 * does: work done outside a request (events, scheduled jobs, a test holding a request context open
 * for its whole run) always asks the database afresh.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessDecisionsFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    AccessDecisions.open(request);
    chain.doFilter(request, response);
  }
}
