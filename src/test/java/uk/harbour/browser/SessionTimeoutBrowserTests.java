package uk.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The idle timeout with short settings: the warning appears before the session ends, "Stay signed
 * in" keeps it, and once the idle time passes the user is back at the sign-in page.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"harbour.session.idle-timeout=24s", "harbour.session.warn-before=18s"})
@ActiveProfiles("test")
class SessionTimeoutBrowserTests {

  @LocalServerPort int port;

  @Test
  void warnsThenLetsTheUserStayThenSignsThemOutWhenIdle() {
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("nurse.singh");
      browser.open("/children");
      WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));

      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-timeout")));
      browser.check();
      assertThat(browser.text("#session-timeout-heading")).isNotBlank();
      browser.find(".js-session-timeout-stay").click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("session-timeout")));

      // Still signed in after staying: the server-side session was extended.
      browser.open("/children");
      assertThat(browser.path()).isEqualTo("/children");

      // Left alone, the warning comes back and then the session ends.
      new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
          .until(ExpectedConditions.urlContains("/login"));
      assertThat(browser.path()).startsWith("/login");
      browser.check();
      browser.open("/children");
      assertThat(browser.path()).startsWith("/login");
    }
  }
}
