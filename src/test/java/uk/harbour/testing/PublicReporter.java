package uk.harbour.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * A member of the public at one address, not signed in. The tests that use it list loopback as a
 * trusted proxy (harbour.trusted-proxies), so Harbour believes its X-Forwarded-For: each reporter
 * comes from its own address (in the 198.18.0.0/15 testing range) and the rate limit counts them
 * apart from every other test.
 */
public final class PublicReporter {

  private final URI base;
  private final String address;
  private final HttpClient http;

  private static final AtomicInteger NEXT = new AtomicInteger();

  public PublicReporter(int port) {
    int n = NEXT.getAndIncrement();
    this.base = URI.create("http://localhost:" + port);
    this.address = "198.18." + (n / 250) + "." + (n % 250 + 1);
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** This reporter's own address, distinct from every other reporter's in this JVM. */
  public String address() {
    return address;
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  /** Opens the report page and sends the form with these fields and its hidden ones. */
  public Page report(Map<String, String> fields) {
    Page form = get("/report");
    Map<String, String> values = new LinkedHashMap<>();
    for (Element hidden : form.document().select("main form input[type=hidden]")) {
      values.put(hidden.attr("name"), hidden.attr("value"));
    }
    values.putAll(fields);
    String body =
        values.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(base.resolve("/report"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Sends a report and follows the redirect to the page that confirms it. */
  public Page reportAndFollow(Map<String, String> fields) {
    Page sent = report(fields);
    return sent.isRedirect() ? get(sent.location()) : sent;
  }

  private Page send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.header("Accept", "text/html").header("X-Forwarded-For", address).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Page(response.statusCode(), response.body(), response.headers(), response.uri());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }
}
