package uk.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The language guide in the flow of writing: a live suggestion while typing a concern (with
 * JavaScript), and the same suggestion on the page shown after saving (with JavaScript off).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LanguageBrowserTests {

  static final String BUTTON = "main form[method=post] button";
  static final String PHRASE = "putting herself at risk";
  static final String TEXT = "Staff say Leah is " + PHRASE + " at the weekends.";

  @LocalServerPort int port;

  @Test
  void aSuggestionAppearsWhileTypingAndTheTextCanBeKept() {
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("health.walsh");
      browser.open("/concerns/new");
      assertThat(scriptsRan(browser)).isTrue();
      browser.type("#child\\.firstName", "Leah").type("#whatHappened", TEXT);
      new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
          .until(
              d ->
                  !d.findElements(By.cssSelector("#whatHappened-language .govuk-inset-text"))
                      .isEmpty());
      String live = browser.text("#whatHappened-language");
      assertThat(live).contains("\u201c" + PHRASE + "\u201d").contains("You could write:");
      assertThat(browser.find("#whatHappened-language").getAttribute("aria-live"))
          .isEqualTo("polite");
      browser.check();

      browser.submit(BUTTON + "[value=save]");
      assertThat(browser.path()).matches("/concerns/[0-9a-f-]{36}/edit");
      assertThat(browser.find("#whatHappened").getAttribute("value")).isEqualTo(TEXT);
      assertThat(browser.text("#language-findings")).contains("\u201c" + PHRASE + "\u201d");
      browser.submit("#language-findings form button");
      assertThat(browser.path()).matches("/concerns/[0-9a-f-]{36}/edit");
      assertThat(browser.text("main")).contains("recorded only as a count");
      assertThat(browser.find("#whatHappened").getAttribute("value")).isEqualTo(TEXT);
    }
  }

  @Test
  void withoutJavaScriptTheSameSuggestionAppearsAfterSaving() {
    try (BrowserSession browser = new BrowserSession(port, false)) {
      browser.signIn("school.green");
      browser.open("/concerns/new");
      assertThat(scriptsRan(browser)).isFalse();
      browser.type("#child\\.firstName", "Leah").type("#whatHappened", TEXT);
      assertThat(browser.text("#whatHappened-language")).isEmpty();

      browser.submit(BUTTON + "[value=save]");
      assertThat(browser.path()).matches("/concerns/[0-9a-f-]{36}/edit");
      assertThat(browser.text("#language-findings"))
          .contains("\u201c" + PHRASE + "\u201d")
          .contains("You could write:")
          .contains("Keep as written");
      assertThat(browser.find("#language-findings a[href$='#whatHappened']").getText())
          .contains("Change the text");
    }
  }

  /** Whether the page's own scripts ran (the layout's first script marks the body). */
  private static boolean scriptsRan(BrowserSession browser) {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) browser.driver())
            .executeScript("return document.body.classList.contains('js-enabled');"));
  }
}
