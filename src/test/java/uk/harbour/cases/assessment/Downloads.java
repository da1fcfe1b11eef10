package uk.harbour.cases.assessment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import uk.harbour.testing.Browser;

/** Fetches a binary response (a PDF) in a signed-in browser's session. */
public final class Downloads {

  private Downloads() {}

  public static HttpResponse<byte[]> get(int port, Browser browser, String path) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .header(
                      "Cookie",
                      Browser.SESSION_COOKIE + "=" + browser.sessionCookie().orElseThrow())
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
