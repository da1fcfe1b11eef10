package uk.harbour.testing;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import uk.harbour.accesscontrol.Totp;

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

  /** The test servers in this JVM, by port (registered by {@link UsedCodeSteps}). */
  private static final Map<Integer, Server> SERVERS = new ConcurrentHashMap<>();

  /** A test server's clock, and how to make it forget the used step of one username. */
  record Server(Clock clock, Consumer<String> forgetUsedStep) {}

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

  static void register(int port, Server server) {
    SERVERS.put(port, server);
  }

  /**
   * A code that the test server at {@code port} accepts now for {@code username} (signing in or
   * confirming an authenticator app): the code for the step of the server's own clock, so a test
   * that moves the clock moves the code with it, or for the next step when this JVM has used that
   * one. When this JVM has already used every step Harbour would accept now, the server is told to
   * forget the user's used step: nothing ever waits for the next 30-second step.
   */
  public static synchronized String nextCode(int port, String username, String totpSecret) {
    Server server = SERVERS.get(port);
    if (server == null) {
      throw new IllegalStateException("No Harbour test server in this JVM on port " + port);
    }
    long current = Totp.stepAt(server.clock().instant());
    Long last = LAST_STEP.get(totpSecret);
    long step = last == null ? current : Math.max(current, last + 1);
    if (step > current + 1) { // Harbour accepts one step either side of its clock's
      server.forgetUsedStep().accept(username);
      step = current;
    }
    LAST_STEP.put(totpSecret, step);
    return Totp.code(totpSecret, step);
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
