package uk.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by Selenium, headless. Browser tests run whenever Chromium is installed;
 * with {@code HARBOUR_REQUIRE_BROWSER=true} (as CI sets) a missing browser fails the build instead
 * of skipping.
 */
final class Chromium {

  static final Path BROWSER =
      Path.of(System.getenv().getOrDefault("HARBOUR_CHROMIUM", "/usr/bin/chromium"));
  static final Path DRIVER =
      Path.of(System.getenv().getOrDefault("HARBOUR_CHROMEDRIVER", "/usr/bin/chromedriver"));

  /** The WCAG 2.2 AA rule sets axe checks every visited page against. */
  static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private Chromium() {}

  static boolean required() {
    return Boolean.parseBoolean(System.getenv("HARBOUR_REQUIRE_BROWSER"))
        || Boolean.getBoolean("harbour.requireBrowser");
  }

  static WebDriver start() {
    return start(true);
  }

  /**
   * Starts Chromium; with {@code javascript} false, pages run no scripts of their own (a content
   * setting: WebDriver's own scripts, such as axe, still run), as on a locked-down laptop.
   */
  static WebDriver start(boolean javascript) {
    boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    if (required()) {
      assertThat(installed)
          .as("HARBOUR_REQUIRE_BROWSER is set but %s or %s is missing", BROWSER, DRIVER)
          .isTrue();
    } else {
      Assumptions.assumeTrue(installed, "Chromium is not installed; browser tests skipped");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1024");
    if (!javascript) {
      options.setExperimentalOption(
          "prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /** Fails if axe finds any WCAG 2.2 AA violation on the page now showing. */
  static void assertAccessible(WebDriver driver) {
    Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
    List<Rule> violations = results.getViolations();
    assertThat(violations)
        .as(
            "axe WCAG 2.2 AA violations on %s:%n%s",
            driver.getCurrentUrl(),
            violations.stream()
                .map(
                    v ->
                        v.getId()
                            + ": "
                            + v.getHelp()
                            + " "
                            + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")))
        .isEmpty();
  }
}
