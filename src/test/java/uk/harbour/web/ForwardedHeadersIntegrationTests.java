package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.testing.Browser;

/**
 * X-Forwarded-For is believed only from the proxies in HARBOUR_TRUSTED_PROXIES. A client on the
 * local network (here, loopback: one of the ranges Tomcat trusts on its own) that forges the header
 * is recorded with its own address; once its address is listed, the header is used.
 */
class ForwardedHeadersIntegrationTests {

  static final String FORGED = "203.0.113.9";

  static String recordedAddress(int port, JdbcClient jdbc) {
    String username = "nobody." + UUID.randomUUID().toString().substring(0, 8);
    Browser browser = new Browser(port).header("X-Forwarded-For", FORGED);
    browser.submit(browser.get("/login"), Map.of("username", username, "password", "wrong"));
    // An unknown username's failed sign-in is recorded without a user: take the newest one.
    return jdbc.sql(
            "SELECT ip_address FROM audit_event WHERE action = 'LOGIN_FAILED'"
                + " AND detail = 'unknown account' ORDER BY seq DESC LIMIT 1")
        .query(String.class)
        .single();
  }

  @Nested
  @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
  @ActiveProfiles("test")
  class ByDefault {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void aForgedHeaderFromAnUntrustedAddressIsIgnored() {
      assertThat(recordedAddress(port, jdbc))
          .isNotEqualTo(FORGED)
          .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }
  }

  @Nested
  @SpringBootTest(
      webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = "harbour.trusted-proxies=127.0.0.1, 0:0:0:0:0:0:0:1")
  @ActiveProfiles("test")
  class WithTheProxyListed {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void theHeaderFromATrustedProxyIsUsed() {
      assertThat(recordedAddress(port, jdbc)).isEqualTo(FORGED);
    }
  }
}
