package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Requests Tomcat refuses before any filter runs (malformed paths, hosts and request lines) still
 * get Harbour's security headers and a page that says nothing about the server. Sent over a raw
 * socket, because HTTP clients refuse to send most of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContainerErrorsIntegrationTests {

  @LocalServerPort int port;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET /%2e%2e/ HTTP/1.1\r\nHost: localhost\r\n",
        "GET /foo;bar%00 HTTP/1.1\r\nHost: localhost\r\n",
        "GET /%00 HTTP/1.1\r\nHost: localhost\r\n",
        "GET /children/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: localhost\r\n",
        "GET / HTTP/1.1\r\nHost: bad host name\r\n",
        "GET / HTTP/1.1\r\nHost: localhost\r\nHost: other\r\n",
        "GET /a|b{c} HTTP/1.1\r\nHost: localhost\r\n",
        "GET /\u0001 HTTP/1.1\r\nHost: localhost\r\n",
        "G(T / HTTP/1.1\r\nHost: localhost\r\n",
        "GET / HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n",
        "GET / HTTP/9.9\r\nHost: localhost\r\n"
      })
  void refusedRequestsStillCarryTheSecurityHeaders(String request) throws IOException {
    Response response = send(request + "Connection: close\r\n\r\n");
    assertThat(response.status()).as(response.toString()).isBetween(400, 599);
    SecurityHeadersTests.assertSecurityHeaders(
        name -> response.headers().getOrDefault(name.toLowerCase(Locale.ROOT), List.of()));
    assertThat(response.headers().get("cache-control")).containsExactly("no-store");
    assertThat(response.body()).doesNotContainIgnoringCase("tomcat").doesNotContain("Exception");
  }

  record Response(int status, Map<String, List<String>> headers, String body) {}

  private Response send(String request) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      String raw = new String(readAll(socket.getInputStream()), StandardCharsets.ISO_8859_1);
      int end = raw.indexOf("\r\n\r\n");
      assertThat(end).as("a whole response to %s: %s", request, raw).isPositive();
      List<String> lines = new ArrayList<>(List.of(raw.substring(0, end).split("\r\n")));
      int status = Integer.parseInt(lines.remove(0).split(" ")[1]);
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (String line : lines) {
        int colon = line.indexOf(':');
        headers
            .computeIfAbsent(
                line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(line.substring(colon + 1).trim());
      }
      return new Response(status, headers, raw.substring(end + 4));
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        out.write(buffer, 0, n);
      }
    } catch (java.net.SocketTimeoutException e) {
      // keep what arrived
    }
    return out.toByteArray();
  }
}
