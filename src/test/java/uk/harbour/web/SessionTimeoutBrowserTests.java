package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;

/**
 * The session timeout warning in a real browser, against the web module on a real server with a
 * short idle timeout (long enough that a slow axe check on a busy machine ends before it): it opens
 * with focus on it, "Stay signed in" and Escape keep the session, and when time runs out the
 * browser goes to the sign-in page. Also checks GOV.UK Frontend starts under the Content Security
 * Policy and the page passes axe.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    classes = SessionTimeoutBrowserTests.App.class,
    properties = {"harbour.session.idle-timeout=20s", "harbour.session.warn-before=15s"})
@ActiveProfiles("test")
class SessionTimeoutBrowserTests {

  @LocalServerPort int port;
  ChromeDriver driver;
  WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    driver = Browser.start();
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  @AfterEach
  void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  boolean dialogOpen() {
    return Boolean.TRUE.equals(js("return document.getElementById('session-timeout').open"));
  }

  @Test
  void warnsBeforeSigningOutAndLetsTheUserStay() {
    driver.get("http://localhost:" + port + "/test/sign-in");
    assertThat(driver.getTitle()).isEqualTo("Home - Harbour");
    wait.until(
        d ->
            js(
                "return"
                    + " document.querySelector('.govuk-skip-link').hasAttribute('data-govuk-skip-link-init')"));
    js("document.querySelector('.govuk-header__link').focus()");

    wait.until(d -> dialogOpen());
    assertThat(js("return document.activeElement.id")).isEqualTo("session-timeout-heading");
    WebElement dialog = driver.findElement(By.id("session-timeout"));
    assertThat(dialog.findElement(By.className("js-session-timeout-countdown")).getText())
        .matches("([1-9]|1[0-5]) seconds?");
    assertThat(js("return document.querySelector('.js-session-timeout-announce').textContent"))
        .asString()
        .matches("For your security, we will sign you out in ([1-9]|1[0-5]) seconds?\\.");
    assertNoAccessibilityViolations();

    dialog.findElement(By.className("js-session-timeout-stay")).click();
    wait.until(d -> !dialogOpen());
    assertThat(driver.getCurrentUrl()).endsWith("/");
    assertThat(js("return document.activeElement.className"))
        .asString()
        .contains("govuk-header__link");

    wait.until(d -> dialogOpen());
    new Actions(driver).sendKeys(Keys.ESCAPE).perform();
    wait.until(d -> !dialogOpen());
    assertThat(driver.getCurrentUrl()).endsWith("/");

    wait.until(d -> d.getCurrentUrl().endsWith("/login?timeout"));
    assertThat(driver.getTitle()).isEqualTo("Sign in - Harbour");
    assertNoContentSecurityPolicyViolations();
  }

  void assertNoAccessibilityViolations() {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"))
            .analyze(driver);
    assertThat(results.getPasses()).isNotEmpty();
    assertThat(results.getViolations()).extracting(Rule::getId).isEmpty();
  }

  void assertNoContentSecurityPolicyViolations() {
    js("console.log('harbour-log-check')"); // proves the browser log is being read
    List<String> messages =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .toList();
    assertThat(messages).anyMatch(m -> m.contains("harbour-log-check"));
    assertThat(messages).noneMatch(m -> m.contains("Content Security Policy"));
  }

  /**
   * Just the web module, with a stand-in for signing in. A plain configuration, not
   * {@code @SpringBootConfiguration}, which slice tests in this package would pick up.
   */
  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  @Import({
    WebConfig.class,
    LayoutAdvice.class,
    ErrorPages.class,
    SessionController.class,
    HomeController.class,
    CurrentUser.class,
    TestSignIn.class
  })
  static class App {

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
      return WebTestSecurity.rules(http, "/test/sign-in");
    }
  }

  /**
   * Spring Session stores the principal's name in a 100-character column; without this the name
   * would be HarbourUser's toString().
   */
  static class NamedToken extends UsernamePasswordAuthenticationToken {
    NamedToken(HarbourUser user, List<SimpleGrantedAuthority> authorities) {
      super(user, null, authorities);
    }

    @Override
    public String getName() {
      return ((HarbourUser) getPrincipal()).username();
    }
  }

  @Controller
  static class TestSignIn {

    @GetMapping("/test/sign-in")
    String signIn(HttpServletRequest request, HttpServletResponse response) {
      HarbourUser user = WebTestSecurity.user("Sam Tester", "Northtown Council", Role.KEY_WORKER);
      var authorities = List.of(new SimpleGrantedAuthority(Role.KEY_WORKER.authority()));
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(new NamedToken(user, authorities));
      new HttpSessionSecurityContextRepository().saveContext(context, request, response);
      return "redirect:/";
    }

    @GetMapping("/login")
    String login(@ModelAttribute("form") ComponentsTests.DemoForm form, BindingResult binding) {
      return "test/signed-out";
    }
  }
}
