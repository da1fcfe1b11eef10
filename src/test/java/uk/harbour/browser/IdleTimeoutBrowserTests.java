package uk.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Role;
import uk.harbour.testing.TestUsers;

/**
 * The idle timeout in the real application, after a real sign-in with password and code, with a
 * 20-second idle timeout and a warning 10 seconds before it. "Stay signed in" extends the session
 * on the server: a second "Stay signed in" after the first sign-out time has passed still works.
 * Left alone, the session ends: the browser lands on the sign-in page (a signed-in user asking for
 * it would be sent home instead), and the record pages ask for sign-in.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"harbour.session.idle-timeout=20s", "harbour.session.warn-before=10s"})
@ActiveProfiles("test")
class IdleTimeoutBrowserTests {

  /**
   * How long the page counts down from its last request before it opens the sign-in page: the
   * 20-second idle timeout plus the 4 seconds the page waits for the server's session to end.
   */
  static final Duration PAGE_COUNTS_DOWN = Duration.ofSeconds(24);

  @LocalServerPort int port;
  @Autowired Directory directory;

  @Test
  void warnsLetsTheUserStayAndEndsTheSessionWhenLeftAlone() {
    var user = new TestUsers(directory).create(Role.PRACTITIONER);
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn(user.username(), user.password(), user.totpSecret());
      // the page's request, which started the server's idle time, came before this
      Instant endedWithoutStaying = Instant.now().plus(PAGE_COUNTS_DOWN);
      assertThat(browser.path()).isEqualTo("/");
      WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(40));

      wait.until(d -> dialogOpen(browser));
      browser.check();
      assertThat(browser.text("#session-timeout .js-session-timeout-countdown"))
          .matches("([1-9]|10) seconds?");
      browser.find("#session-timeout .js-session-timeout-stay").click();
      wait.until(d -> !dialogOpen(browser));

      // The warning comes back 14 seconds after staying, by when the session would have ended
      // without it (the page counts down 24 seconds from its request, past the server's end); wait
      // until that moment has surely passed, then stay again: the server must still know the
      // session. The page's own timer runs in the browser, so this waits on real time, for a
      // condition, never a fixed sleep.
      wait.until(d -> dialogOpen(browser));
      wait.until(d -> Instant.now().isAfter(endedWithoutStaying));
      browser.find("#session-timeout .js-session-timeout-stay").click();
      wait.until(d -> !dialogOpen(browser));
      assertThat(browser.path()).isEqualTo("/");

      wait.until(d -> dialogOpen(browser));
      wait.until(d -> browser.path().startsWith("/login"));
      browser.check();
      assertThat(browser.path()).isEqualTo("/login?timeout");
      assertThat(browser.find("main").getText()).contains("You were signed out because Harbour");
      assertThat(browser.driver().findElements(By.id("username"))).isNotEmpty();

      browser.open("/children");
      assertThat(browser.path()).startsWith("/login");
    }
  }

  private static boolean dialogOpen(BrowserSession browser) {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "var d = document.getElementById('session-timeout'); return !!(d && d.open);"));
  }
}
