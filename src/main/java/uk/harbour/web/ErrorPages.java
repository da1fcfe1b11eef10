package uk.harbour.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;

/**
 * The one place exceptions from controllers become GOV.UK error pages. Pages never show exception
 * text, SQL or stack traces; unexpected exceptions are logged with an incident id and the page
 * shows only that id. The log names the exception's classes and stack frames but not its messages,
 * which may carry personal data ({@link ExceptionSummary}).
 *
 * <p>A malformed value in a path variable (for example {@code /children/not-a-uuid}) is a 404, the
 * same as a well-formed id that matches nothing: such URLs name records, and a different answer
 * would only tell people which ids are well formed. A malformed query parameter or form value that
 * reaches here is a 400, as is a request body that cannot be read (malformed JSON).
 *
 * <p>Ordered last: another module's {@code @ControllerAdvice} with its own exception handlers needs
 * an {@code @Order} before {@link Ordered#LOWEST_PRECEDENCE}, or this advice's catch-all wins.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

  private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

  private final ErrorViews views;

  ErrorPages(LayoutModel layout) {
    this.views = new ErrorViews(layout);
  }

  @ExceptionHandler(RecordNotFoundException.class)
  ModelAndView recordNotFound(RecordNotFoundException e, HttpServletRequest request) {
    ModelAndView page = views.page(request, HttpStatus.NOT_FOUND);
    String path = e.emergencyAccessPath();
    if (path != null && path.startsWith("/") && !path.startsWith("//")) {
      page.addObject("emergencyAccessPath", path);
    }
    return page;
  }

  @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
  ModelAndView noSuchPage(HttpServletRequest request) {
    return views.page(request, HttpStatus.NOT_FOUND);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    boolean inPath = e.getParameter().hasParameterAnnotation(PathVariable.class);
    return views.page(request, inPath ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ModelAndView unreadableBody(HttpServletRequest request) {
    return views.page(request, HttpStatus.BAD_REQUEST);
  }

  /** A form sent again while its first sending is still being saved ({@link SubmitOnce}). */
  @ExceptionHandler(SubmitOnce.FormStillSendingException.class)
  ModelAndView stillSending(HttpServletRequest request) {
    ModelAndView page = views.page(request, HttpStatus.CONFLICT);
    page.setViewName("web/error/still-sending");
    return page;
  }

  @ExceptionHandler(AccessDeniedException.class)
  ModelAndView accessDenied(AccessDeniedException e, HttpServletRequest request)
      throws AccessDeniedException {
    ModelAndView page = views.page(request, HttpStatus.FORBIDDEN);
    if (page.getModel().get("currentUser") == null) {
      throw e; // not fully signed in: Spring Security sends them to sign in
    }
    return page;
  }

  @ExceptionHandler(StaleRecordException.class)
  ModelAndView staleRecord(StaleRecordException e, HttpServletRequest request) {
    ModelAndView page = views.page(request, HttpStatus.CONFLICT);
    page.addObject("changedBy", e.changedBy());
    if (e.changedAt() != null) {
      var at = e.changedAt().atZone(UK);
      page.addObject("changedOn", DATE.format(at));
      page.addObject("changedAt", TIME.format(at).toLowerCase(Locale.UK));
    }
    return page;
  }

  @ExceptionHandler(Exception.class)
  ModelAndView anythingElse(Exception e, HttpServletRequest request, HttpServletResponse response)
      throws Exception {
    if (e instanceof AuthenticationException) {
      throw e;
    }
    HttpStatusCode status = statusOf(e);
    ModelAndView page = views.page(request, status);
    if (status.is5xxServerError()) {
      String incident = ErrorViews.newIncident(page);
      log.error(
          "Incident {}: {} {} failed: {}",
          incident,
          request.getMethod(),
          request.getRequestURI(),
          ExceptionSummary.of(e));
    } else {
      log.debug(
          "{} for {} {}: {}",
          status,
          request.getMethod(),
          request.getRequestURI(),
          ExceptionSummary.of(e));
    }
    if (e instanceof ErrorResponse error) {
      // For example Allow on a 405; never the body, which may echo the request.
      error
          .getHeaders()
          .forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    }
    return page;
  }

  private static HttpStatusCode statusOf(Exception e) {
    if (e instanceof ErrorResponse response) {
      return response.getStatusCode();
    }
    ResponseStatus annotated =
        AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
    return annotated == null ? HttpStatus.INTERNAL_SERVER_ERROR : annotated.code();
  }
}
