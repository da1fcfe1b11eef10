package uk.harbour.browser;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.harbour.demo.DemoUsers;
import uk.harbour.testing.SignIn;

/**
 * One person at one browser: signs in through the real pages and checks every page it lands on with
 * axe, so no visited page escapes the accessibility check.
 */
final class BrowserSession implements AutoCloseable {

  private final WebDriver driver;
  private final String base;
  private final int port;
  private final Set<String> checked = new LinkedHashSet<>();

  BrowserSession(int port) {
    this(port, true);
  }

  /** A session whose pages run no JavaScript of their own when {@code javascript} is false. */
  BrowserSession(int port, boolean javascript) {
    this.driver = Chromium.start(javascript);
    this.base = "http://localhost:" + port;
    this.port = port;
  }

  WebDriver driver() {
    return driver;
  }

  /** Opens a path and checks the page it ends on. */
  BrowserSession open(String path) {
    driver.get(base + path);
    return check();
  }

  /** Checks the page now showing with axe (WCAG 2.2 AA). */
  BrowserSession check() {
    Chromium.assertAccessible(driver);
    checked.add(path());
    return this;
  }

  String path() {
    String url = driver.getCurrentUrl();
    return url.startsWith(base) ? url.substring(base.length()) : url;
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  String text(String css) {
    return find(css).getText();
  }

  BrowserSession type(String css, String value) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(value);
    return this;
  }

  /**
   * Clicks the main submit button of the form holding {@code css}, waits for the next page, checks
   * it.
   */
  BrowserSession submit(String css) {
    return leave(() -> find(css).click());
  }

  /**
   * Does what leaves the page (a click, or Enter on a link or button), waits for the next page,
   * checks it.
   */
  BrowserSession leave(Runnable action) {
    JavascriptExecutor script = (JavascriptExecutor) driver;
    script.executeScript("window.harbourLeaving = true;");
    action.run();
    // A marker on the old window object is gone once the next page has loaded. Asking the old
    // element whether it is stale races the navigation (Chrome can answer with an inspector error
    // instead of a stale-element one), so the wait ignores driver errors while the page changes.
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    script.executeScript(
                        "return window.harbourLeaving === undefined"
                            + " && document.readyState === 'complete';")));
    return check();
  }

  /** Signs in through the login and code pages, as a person with an authenticator app would. */
  BrowserSession signIn(String username) {
    return signIn(username, DemoUsers.PASSWORD, DemoUsers.secretFor(username));
  }

  /** Signs in any account whose password and second-factor secret the test knows. */
  BrowserSession signIn(String username, String password, String totpSecret) {
    open("/login");
    type("#username", username);
    type("#password", password);
    submit("main form[method=post] button[type=submit]");
    type("#code", SignIn.nextCode(port, username, totpSecret));
    submit("main form[method=post] button[type=submit]");
    return this;
  }

  Set<String> checkedPages() {
    return checked;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
