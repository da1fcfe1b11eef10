package uk.harbour.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Gives every form that posts a hidden field {@value #FIELD} holding a token for that rendering of
 * the form, as Spring Security adds its CSRF token (it decorates Spring Security's own processor,
 * which Thymeleaf asks for the extra hidden fields of each {@code th:action} form). {@link
 * SubmitOnce} uses the token to run a form's handler once however often it is sent. Sign-in and
 * sign-out forms get none: signing in changes the session, and they are not saves.
 *
 * <p>A form re-shown in answer to its own post (with errors, or with a row added) keeps the token
 * it was sent with, so the page the person first had and the one they correct are one submission.
 * Tokens are 128 random bits; nothing is stored when a form is shown, only when it is sent.
 */
final class FormTokens implements RequestDataValueProcessor {

  /** The name of the hidden field. */
  static final String FIELD = "_formToken";

  private static final String NEXT = FormTokens.class.getName() + ".next";
  private static final List<String> WITHOUT = List.of("/login", "/logout");
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{22}");
  private static final SecureRandom random = new SecureRandom();

  private final RequestDataValueProcessor delegate;

  FormTokens(RequestDataValueProcessor delegate) {
    this.delegate = delegate;
  }

  /** Whether a value sent as the token is one Harbour could have made. */
  static boolean wellFormed(@Nullable String token) {
    return token != null && WELL_FORMED.matcher(token).matches();
  }

  @Override
  public String processAction(HttpServletRequest request, String action, String httpMethod) {
    if ("post".equalsIgnoreCase(httpMethod) && !withoutToken(request, action)) {
      request.setAttribute(NEXT, tokenFor(request, action));
    } else {
      request.removeAttribute(NEXT);
    }
    return delegate.processAction(request, action, httpMethod);
  }

  @Override
  public String processFormFieldValue(
      HttpServletRequest request, String name, String value, String type) {
    return delegate.processFormFieldValue(request, name, value, type);
  }

  @Override
  public @Nullable Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
    Map<String, String> fields = delegate.getExtraHiddenFields(request);
    Object token = request.getAttribute(NEXT);
    if (token == null) {
      return fields;
    }
    request.removeAttribute(NEXT);
    Map<String, String> all = new LinkedHashMap<>();
    if (fields != null) {
      all.putAll(fields);
    }
    all.put(FIELD, (String) token);
    return all;
  }

  @Override
  public String processUrl(HttpServletRequest request, String url) {
    return delegate.processUrl(request, url);
  }

  private static boolean withoutToken(HttpServletRequest request, @Nullable String action) {
    String path = path(request, action).substring(request.getContextPath().length());
    return WITHOUT.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
  }

  /** The token this request was sent with when it re-shows its own form, else a new one. */
  private static String tokenFor(HttpServletRequest request, @Nullable String action) {
    String sent = request.getParameter(FIELD);
    if ("POST".equals(request.getMethod())
        && wellFormed(sent)
        && path(request, action).equals(request.getRequestURI())) {
      return sent;
    }
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String path(HttpServletRequest request, @Nullable String action) {
    String path = action == null || action.isEmpty() ? request.getRequestURI() : action;
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }
}
