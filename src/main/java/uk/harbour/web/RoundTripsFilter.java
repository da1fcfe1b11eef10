package uk.harbour.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Only when round trips are counted ({@link DatabaseRoundTrips}): outside every other filter, so
 * that the session store's reads and its write at the end of the request are included, it holds the
 * response back until the request is over and then adds two headers: {@value #REQUEST}, the round
 * trips this request made, and {@value #BACKGROUND}, those made outside requests since start (the
 * audit writer's among them), which the page benchmark divides by the pages served.
 */
class RoundTripsFilter implements Filter {

  static final String REQUEST = "Harbour-Db-Round-Trips";
  static final String BACKGROUND = "Harbour-Db-Background-Round-Trips";

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    ContentCachingResponseWrapper held =
        new ContentCachingResponseWrapper((HttpServletResponse) res);
    DatabaseRoundTrips.startRequest();
    long turns;
    try {
      chain.doFilter(req, held);
    } finally {
      turns = DatabaseRoundTrips.endRequest();
    }
    held.setHeader(REQUEST, Long.toString(turns));
    held.setHeader(BACKGROUND, Long.toString(DatabaseRoundTrips.background()));
    held.copyBodyToResponse();
  }
}
