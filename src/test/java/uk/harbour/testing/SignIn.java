package uk.harbour.testing;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
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

  /** Per test server port: forgets the used step of one username (see {@link UsedCodeSteps}). */
  private static final Map<Integer, Consumer<String>> FORGETTERS = new ConcurrentHashMap<>();

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
    Page done = browser.submit(codePage, Map.of("code", nextCode(port, username, totpSecret)));
    expectRedirect(done, "/", username);
    return browser;
  }

  static void forgetUsedStepsWith(int port, Consumer<String> forgetter) {
    FORGETTERS.put(port, forgetter);
  }

  /**
   * A code for {@code username} on the test server at {@code port}. When this JVM has already used
   * every step Harbour would accept now, the server is told to forget the user's used step instead
   * of waiting up to 30 seconds for the next one.
   */
  public static synchronized String nextCode(int port, String username, String totpSecret) {
    Consumer<String> forgetter = FORGETTERS.get(port);
    long current = Totp.stepAt(Instant.now());
    Long last = LAST_STEP.get(totpSecret);
    if (forgetter != null && last != null && last >= current + 1) {
      forgetter.accept(username);
      LAST_STEP.put(totpSecret, current);
      return Totp.code(totpSecret, current);
    }
    return nextCode(totpSecret);
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
