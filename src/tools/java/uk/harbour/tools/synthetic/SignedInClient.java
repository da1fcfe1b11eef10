package uk.harbour.tools.synthetic;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.harbour.accesscontrol.OneTimeCodes;

/**
 * One practitioner's browser for the benchmark: the JDK HTTP client with its own cookies, signing
 * in through the real pages (password, then a second-factor code, each form with its CSRF token)
 * and then fetching pages as that person.
 */
final class SignedInClient {

  private static final Pattern CSRF_INPUT =
      Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

  private final URI base;
  private final CookieManager cookies;
  private final HttpClient http;

  SignedInClient(URI base) {
    this(base, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
  }

  private SignedInClient(URI base, CookieManager cookies) {
    this.base = base;
    this.cookies = cookies;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /**
   * Another browser tab in the same session: its own connections, the same cookies. For accounts
   * that can sign in only once per 30-second step (the demo accounts the network page needs).
   */
  SignedInClient sameSession() {
    return new SignedInClient(base, cookies);
  }

  /**
   * Signs in as the account; throws {@link IllegalStateException} saying which step failed.
   *
   * @param now the moment whose second-factor step to use
   */
  void signIn(String username, String password, String totpSecret, Instant now)
      throws IOException, InterruptedException {
    HttpResponse<String> login = get("/login");
    HttpResponse<String> afterPassword =
        post(
            "/login",
            Map.of("username", username, "password", password, "_csrf", csrf(login.body())));
    expectRedirect(afterPassword, "/login/code", username + ": password step");
    HttpResponse<String> codePage = get("/login/code");
    HttpResponse<String> done =
        post(
            "/login/code",
            Map.of("code", OneTimeCodes.at(totpSecret, now), "_csrf", csrf(codePage.body())));
    expectRedirect(done, "/", username + ": code step");
  }

  /**
   * A page's status and, when Harbour counts them ({@code HARBOUR_DIAGNOSTICS_ROUND_TRIPS=true}),
   * the database round trips it made and those made outside requests so far (else -1).
   */
  record Fetched(int status, long roundTrips, long background) {}

  /** Fetches a page and reads all of it. */
  Fetched fetch(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    return new Fetched(
        response.statusCode(),
        header(response, "Harbour-Db-Round-Trips"),
        header(response, "Harbour-Db-Background-Round-Trips"));
  }

  private static long header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).map(Long::parseLong).orElse(-1L);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "text/html")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    String body =
        new LinkedHashMap<>(fields)
            .entrySet().stream()
                .map(
                    e ->
                        URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                            + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String csrf(String html) {
    Matcher input = CSRF_INPUT.matcher(html);
    if (!input.find()) {
      throw new IllegalStateException("no CSRF token on the sign-in page");
    }
    Matcher value = VALUE.matcher(input.group());
    if (!value.find()) {
      throw new IllegalStateException("no CSRF token on the sign-in page");
    }
    return value.group(1);
  }

  private static void expectRedirect(HttpResponse<String> response, String path, String step) {
    String location = response.headers().firstValue("Location").orElse("");
    boolean redirected = response.statusCode() == 302 || response.statusCode() == 303;
    if (!redirected || !(location.equals(path) || location.endsWith(path))) {
      throw new IllegalStateException(step + " failed: " + response.statusCode() + " " + location);
    }
  }
}
