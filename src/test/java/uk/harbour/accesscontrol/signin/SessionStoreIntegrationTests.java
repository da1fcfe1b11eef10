package uk.harbour.accesscontrol.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Role;
import uk.harbour.testing.Browser;
import uk.harbour.testing.TestUsers;
import uk.harbour.testing.TestUsers.TestUser;

/**
 * The session store over real HTTP and PostgreSQL: requests never write their time of last use to
 * the session table themselves (the background writer does), a change to the session is written at
 * once, and a session removed from the table (another instance signing the user out) is gone on the
 * very next request, however recently the same server thread read it.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "harbour.session.idle-timeout=120m")
@ActiveProfiles("test")
class SessionStoreIntegrationTests {

  @LocalServerPort int port;
  @Autowired Directory directory;
  @Autowired JdbcClient jdbc;
  @Autowired SessionTouches touches;

  @Test
  void requestsLeaveTheStoredLastUseToTheBackgroundWriter() {
    TestUser user = new TestUsers(directory).create(Role.PRACTITIONER);
    Browser browser = user.signIn(port);
    touches.stop(); // the writer writes what waits, then nothing until started again
    try {
      lastUsedAgo(user, Duration.ofMinutes(5)); // so every request is past the granularity
      long before = lastAccess(user);
      for (int i = 0; i < 5; i++) {
        assertThat(browser.get("/").status()).isEqualTo(200);
      }
      assertThat(lastAccess(user)).isEqualTo(before);

      assertThat(touches.writeWaiting()).isGreaterThanOrEqualTo(1);
      assertThat(lastAccess(user)).isGreaterThan(before);
    } finally {
      touches.start();
    }
  }

  @Test
  void aSessionDeletedElsewhereEndsAtTheNextRequest() {
    TestUser user = new TestUsers(directory).create(Role.PRACTITIONER);
    Browser browser = user.signIn(port);
    assertThat(browser.get("/").status()).isEqualTo(200);

    jdbc.sql("DELETE FROM spring_session WHERE principal_name = ?").param(user.username()).update();

    for (int i = 0; i < 20; i++) { // every server thread in turn: none may remember the session
      assertThat(browser.get("/").location()).as("request %d", i).startsWith("/login");
    }
  }

  @Test
  void aLaterUseIsWrittenInTheBackgroundAndMovesTheExpiry() {
    TestUser user = new TestUsers(directory).create(Role.PRACTITIONER);
    Browser browser = user.signIn(port);
    lastUsedAgo(user, Duration.ofMinutes(5));
    long before = lastAccess(user);

    assertThat(browser.get("/").status()).isEqualTo(200);
    touches.writeWaiting();

    long after = lastAccess(user);
    assertThat(after).isGreaterThanOrEqualTo(before + 300000);
    long expiry =
        jdbc.sql(
                "SELECT expiry_time - last_access_time FROM spring_session WHERE principal_name = ?")
            .param(user.username())
            .query(Long.class)
            .single();
    assertThat(expiry).isEqualTo(Duration.ofMinutes(120).plusSeconds(3).toMillis());
  }

  /**
   * As if the user's session had last been used {@code ago} before its stored time: the session
   * store reads the system time itself (through Spring Session), so time passes for a session by
   * moving its stored times back.
   */
  private void lastUsedAgo(TestUser user, Duration ago) {
    jdbc.sql(
            """
            UPDATE spring_session SET last_access_time = last_access_time - ?,
                                      expiry_time = expiry_time - ?
             WHERE principal_name = ?
            """)
        .params(ago.toMillis(), ago.toMillis(), user.username())
        .update();
  }

  private long lastAccess(TestUser user) {
    return jdbc.sql("SELECT last_access_time FROM spring_session WHERE principal_name = ?")
        .param(user.username())
        .query(Long.class)
        .single();
  }
}
