package uk.harbour.testing;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.harbour.accesscontrol.signin.Totp;

/**
 * Signs a user in over real HTTP, password then second-factor code, and returns the browser holding
 * the session cookie. Create the user first with {@code Directory.createUser} and a known TOTP
 * secret (for example {@link #NEW_SECRET}).
 *
 * <pre>
 * Browser browser = SignIn.as(port, "sam.test", "a long test password", secret);
 * Page page = browser.get("/children");
 * </pre>
 */
public final class SignIn {

  /** Harbour refuses a code whose 30-second step was already used, so remember the last ones. */
  private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

  private SignIn() {}

  /** A fresh Base32 secret to give a test user. */
  public static String newSecret() {
    return Totp.newSecret();
  }

  public static Browser as(int port, String username, String password, String totpSecret) {
    Browser browser = new Browser(port);
    Page afterPassword =
        browser.submit(browser.get("/login"), Map.of("username", username, "password", password));
    expectRedirect(afterPassword, "/login/code", username);
    Page codePage = browser.get("/login/code");
    Page done = browser.submit(codePage, Map.of("code", nextCode(totpSecret)));
    expectRedirect(done, "/", username);
    return browser;
  }

  /**
   * A code for the secret that Harbour has not yet seen, waiting for the next 30-second step when
   * this JVM has already used the current and the next one.
   */
  public static synchronized String nextCode(String totpSecret) {
    while (true) {
      long current = Totp.stepAt(Instant.now());
      Long last = LAST_STEP.get(totpSecret);
      long step = last == null ? current : Math.max(current, last + 1);
      if (step <= current + 1) {
        LAST_STEP.put(totpSecret, step);
        return Totp.code(totpSecret, step);
      }
      sleepUntilNextStep();
    }
  }

  private static void sleepUntilNextStep() {
    long millis =
        Totp.STEP_SECONDS * 1000 - System.currentTimeMillis() % (Totp.STEP_SECONDS * 1000);
    try {
      Thread.sleep(millis + 50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void expectRedirect(Page page, String path, String username) {
    if (!page.isRedirect() || !path.equals(page.location())) {
      throw new AssertionError(
          "Sign-in of "
              + username
              + " expected a redirect to "
              + path
              + " but got "
              + page.status()
              + " "
              + page.location()
              + "\n"
              + page.errorSummary());
    }
  }
}
