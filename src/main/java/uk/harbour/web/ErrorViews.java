package uk.harbour.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.ModelAndView;

/**
 * Chooses the error page for a status, both for exceptions our controller advice handles ({@link
 * ErrorPages}) and for errors the servlet container sends to Boot's {@code /error} (for example a
 * 403 from Spring Security, or an exception thrown in a filter).
 *
 * <p>Pages: {@code web/error/404} (not found), {@code web/error/403} (401 and 403), {@code
 * web/error/409} (record changed), {@code web/error/400} (any other 4xx), {@code web/error/500}
 * (any 5xx, with an incident id that is also logged with the exception). Boot's error attributes
 * (message, exception, path) are never put in the model.
 */
class ErrorViews implements ErrorViewResolver {

  private static final Logger log = LoggerFactory.getLogger(ErrorViews.class);
  private static final char[] INCIDENT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom random = new SecureRandom();

  private final LayoutModel layout;

  ErrorViews(LayoutModel layout) {
    this.layout = layout;
  }

  /** For the container's /error dispatch. */
  @Override
  public ModelAndView resolveErrorView(
      HttpServletRequest request, HttpStatus status, Map<String, Object> ignored) {
    ModelAndView page = page(request, status);
    if (status.is5xxServerError()) {
      Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      String incident = newIncident(page);
      log.error(
          "Incident {}: status {} for {} {}{}",
          incident,
          status.value(),
          request.getMethod(),
          request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
          exception instanceof Throwable t ? ": " + ExceptionSummary.of(t) : "");
    }
    return page;
  }

  /**
   * The error page for a status, with the layout's model, the status set and the title starting
   * "Error: ".
   */
  ModelAndView page(HttpServletRequest request, HttpStatusCode status) {
    ModelAndView page = new ModelAndView(viewName(status), layout.attributes(request));
    page.setStatus(status);
    page.addObject(ErrorTitle.ATTRIBUTE, true);
    return page;
  }

  /** Adds a fresh incident id to the page's model and returns it. */
  static String newIncident(ModelAndView page) {
    String id = incidentId();
    page.addObject("incidentId", id);
    return id;
  }

  static String viewName(HttpStatusCode status) {
    int code = status.value();
    if (code == 404) {
      return "web/error/404";
    }
    if (code == 401 || code == 403) {
      return "web/error/403";
    }
    if (code == 409) {
      return "web/error/409";
    }
    return status.is4xxClientError() ? "web/error/400" : "web/error/500";
  }

  /** Ten characters from Crockford's alphabet (no I, L, O or U), easy to read out on the phone. */
  static String incidentId() {
    char[] id = new char[10];
    for (int i = 0; i < id.length; i++) {
      id[i] = INCIDENT_ALPHABET[random.nextInt(INCIDENT_ALPHABET.length)];
    }
    return new String(id);
  }
}
