package uk.harbour.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * A minimal browser for integration tests: real HTTP against the running Harbour, cookies kept,
 * redirects not followed (so tests can see them), forms submitted with their hidden fields (the
 * CSRF token among them).
 */
public final class Browser {

  public static final String SESSION_COOKIE = "HARBOUR_SESSION";

  private final URI base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;
  private final Map<String, String> headers = new LinkedHashMap<>();

  public Browser(int port) {
    this.base = URI.create("http://localhost:" + port);
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET().header("Accept", "text/html"));
  }

  /** GET, following redirects within Harbour. */
  public Page open(String path) {
    Page page = get(path);
    for (int i = 0; i < 5 && page.isRedirect(); i++) {
      page = get(page.location());
    }
    return page;
  }

  public Page post(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Submits the first POST form in the page's main content with its hidden fields plus {@code
   * fields}.
   */
  public Page submit(Page page, Map<String, String> fields) {
    return submit(page, "main form[method=post]", fields);
  }

  /** Submits the form matching {@code formSelector} with its hidden fields plus {@code fields}. */
  public Page submit(Page page, String formSelector, Map<String, String> fields) {
    Element form = page.document().selectFirst(formSelector);
    if (form == null) {
      throw new AssertionError(
          "No form " + formSelector + " on " + page.uri() + ":\n" + page.body());
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Element hidden : form.select("input[type=hidden]")) {
      values.put(hidden.attr("name"), hidden.attr("value"));
    }
    values.putAll(fields);
    String action = form.attr("action");
    return post(action.isEmpty() ? page.uri().getRawPath() : action, values);
  }

  /**
   * Submits the form as a person would after changing only {@code fields}: every field keeps the
   * value the page showed (text, text areas, checked radios and boxes, selected options).
   */
  public Page submitAsShown(Page page, String formSelector, Map<String, String> fields) {
    Element form = page.document().selectFirst(formSelector);
    if (form == null) {
      throw new AssertionError("No form " + formSelector + " on " + page.uri());
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Element input : form.select("input[name]")) {
      String type = input.attr("type");
      if ((type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked")) {
        continue;
      }
      values.put(input.attr("name"), input.attr("value"));
    }
    for (Element area : form.select("textarea[name]")) {
      values.put(area.attr("name"), area.wholeText());
    }
    for (Element select : form.select("select[name]")) {
      Element chosen = select.selectFirst("option[selected]");
      values.put(select.attr("name"), chosen == null ? "" : chosen.attr("value"));
    }
    values.putAll(fields);
    String action = form.attr("action");
    return post(action.isEmpty() ? page.uri().getRawPath() : action, values);
  }

  /** Signs out with the CSRF token from a page that has a form. */
  public Page signOut() {
    return post("/logout", Map.of("_csrf", csrfToken()));
  }

  /** A CSRF token for this session, read from the change-password form. */
  public String csrfToken() {
    Page page = get("/account/password");
    Element token = page.document().selectFirst("input[name=_csrf]");
    if (token == null) {
      throw new AssertionError("No CSRF token; status " + page.status() + " " + page.location());
    }
    return token.attr("value");
  }

  public Optional<String> sessionCookie() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(SESSION_COOKIE))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** Presents a given session cookie, for example an old one after signing out. */
  public Browser withSessionCookie(String value) {
    cookies.getCookieStore().removeAll();
    HttpCookie cookie = new HttpCookie(SESSION_COOKIE, value);
    cookie.setPath("/");
    cookie.setVersion(0);
    cookies.getCookieStore().add(base, cookie);
    return this;
  }

  /** Sends this header with every later request, for example a forged X-Forwarded-For. */
  public Browser header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  private Page send(HttpRequest.Builder request) {
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Page(response.statusCode(), response.body(), response.headers(), response.uri());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }
}
