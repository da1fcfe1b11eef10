package uk.harbour.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages. Skips the test when Chromium is missing, unless the
 * build requires a browser ({@code HARBOUR_REQUIRE_BROWSER=true} or system property {@code
 * harbour.requireBrowser=true}), when it fails instead.
 */
final class Browser {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private Browser() {}

  static ChromeDriver start() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    boolean required =
        Boolean.parseBoolean(System.getenv("HARBOUR_REQUIRE_BROWSER"))
            || Boolean.getBoolean("harbour.requireBrowser");
    if (required && !present) {
      throw new IllegalStateException("Chromium and chromedriver are required but not installed");
    }
    assumeTrue(present, "Chromium is not installed");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000");
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new ChromeDriver(service, options);
  }
}
