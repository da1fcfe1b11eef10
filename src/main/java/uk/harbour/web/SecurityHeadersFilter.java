package uk.harbour.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Sets the security headers on every response, including error pages, and gives each request a
 * fresh Content Security Policy nonce (request attribute {@value #NONCE_ATTRIBUTE}) for the few
 * inline scripts templates are allowed. Pages are never cached; static files may be. {@link
 * ContainerSecurityHeaders} sets the same headers, through {@link #apply}, on what Tomcat answers
 * before any filter runs. See docs/adr/001-security-headers-and-csp.md.
 */
class SecurityHeadersFilter implements Filter {

  /** The request attribute holding this request's CSP nonce; templates use {@code ${cspNonce}}. */
  static final String NONCE_ATTRIBUTE = "cspNonce";

  /** Paths whose responses are public static files and may be cached. */
  static final List<String> STATIC_PREFIXES =
      List.of("/assets/", "/webjars/", "/css/", "/js/", "/images/", "/govuk-frontend/");

  private static final String POLICY =
      "default-src 'self'; script-src 'self' 'nonce-%s'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";

  private static final SecureRandom random = new SecureRandom();

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    apply((HttpServletRequest) req, (HttpServletResponse) res);
    chain.doFilter(req, res);
  }

  /** Sets every header on the response, and the request's nonce if it has none yet. */
  static void apply(HttpServletRequest request, HttpServletResponse response) {
    // An error dispatch of the same request keeps its nonce, so header and page always agree.
    String nonce = (String) request.getAttribute(NONCE_ATTRIBUTE);
    if (nonce == null) {
      nonce = newNonce();
      request.setAttribute(NONCE_ATTRIBUTE, nonce);
    }
    response.setHeader("Content-Security-Policy", POLICY.formatted(nonce));
    response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (!isStatic(request)) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
  }

  private static String newNonce() {
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  /**
   * Whether the request is for a static file. Only plain paths count: anything encoded, with dot
   * segments or path parameters is treated as a page, so it is never cached by mistake.
   */
  static boolean isStatic(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    if (uri == null) {
      return false;
    }
    String path = context == null ? uri : uri.substring(Math.min(context.length(), uri.length()));
    if (path.contains("%") || path.contains("..") || path.contains(";") || path.contains("//")) {
      return false;
    }
    return path.equals("/favicon.ico") || STATIC_PREFIXES.stream().anyMatch(path::startsWith);
  }
}
