package uk.harbour.accesscontrol.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.AppUserRows;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.Totp;
import uk.harbour.audit.AuditAction;
import uk.harbour.testing.AuditedEvents;
import uk.harbour.testing.Browser;
import uk.harbour.testing.MutableClock;
import uk.harbour.testing.Page;
import uk.harbour.testing.TestUsers;
import uk.harbour.testing.TestUsers.TestUser;

/**
 * Issue 9, item 2: failed sign-ins are throttled per account and per source address without letting
 * someone else keep the owner out. Loopback is a trusted proxy here, so each browser's
 * X-Forwarded-For is the address Harbour sees, and the per-address limit is the production one (the
 * other test contexts raise it, because all their requests come from loopback).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "harbour.trusted-proxies=127.0.0.1, 0:0:0:0:0:0:0:1",
      "harbour.sign-in.address-failure-limit=30"
    })
@ActiveProfiles("test")
@Import({MutableClock.Config.class, AuditedEvents.Config.class})
class SignInThrottleIntegrationTests {

  private static final SecureRandom RANDOM = new SecureRandom();

  @LocalServerPort int port;
  @Autowired Directory directory;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;
  @Autowired MessageSource messages;
  @Autowired AuditedEvents audited;

  TestUsers users;

  @BeforeEach
  void setUp() {
    users = new TestUsers(directory);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void anAttackerElsewhereWhoKeepsFailingCannotKeepTheOwnerOut() {
    TestUser owner = users.create(Role.PRACTITIONER);
    String attacker = newAddress();
    String ownersDesk = newAddress();
    for (int i = 1; i <= 10; i++) {
      clock.advance(Duration.ofSeconds(20));
      attempt(attacker, owner.username(), "wrong guess " + i);
    }
    clock.advance(Duration.ofMinutes(16));
    attempt(attacker, owner.username(), "wrong guess 11");
    assertThat(passwordLockedNow(owner)).as("one more failure locks it again").isTrue();

    Page passwordOnly = attempt(ownersDesk, owner.username(), owner.password());

    Browser desk = from(ownersDesk);
    Page in = withCode(desk, owner.username(), owner.password(), codeNow(owner));
    assertThat(in.location()).as(in.body()).isEqualTo("/");
    assertThat(desk.get("/").status()).isEqualTo(200);
    assertThat(failures(owner)).as("a complete sign-in starts the count again").isZero();
    assertThat(audited.about(owner.id().toString()))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.LOGIN);
              assertThat(e.detail()).isEqualTo("with password and code together");
            })
        .anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.ACCOUNT_LOCKED));

    assertThat(passwordOnly.isRedirect())
        .as("during the lock a password alone is not checked, so guessing stays slow")
        .isFalse();
    assertThat(passwordOnly.errorSummary()).isEqualTo(message("signin.failed"));
    assertThat(passwordOnly.document().select("main a[href=/login/with-code]")).isNotEmpty();
  }

  @Test
  void wrongCodesAfterTheRightPasswordLockEveryWayIn() {
    TestUser owner = users.create(Role.PRACTITIONER);
    Browser thief = from(newAddress());
    thief.submit(
        thief.get("/login"), Map.of("username", owner.username(), "password", owner.password()));
    Page last = null;
    for (int i = 1; i <= 5; i++) {
      clock.advance(Duration.ofSeconds(5));
      last = thief.submit(thief.get("/login/code"), Map.of("code", wrongCode(owner)));
    }
    assertThat(last.document().select("#password")).as("back to the password step").isNotEmpty();
    assertThat(last.errorSummary()).isEqualTo(message("signin.failed"));

    Page refused = withCode(from(newAddress()), owner.username(), owner.password(), codeNow(owner));
    assertThat(refused.isRedirect()).as("this lock stops both factors too").isFalse();
    assertThat(refused.errorSummary()).isEqualTo(message("signin.withCode.failed"));

    clock.advance(Duration.ofMinutes(16));
    Page in = withCode(from(newAddress()), owner.username(), owner.password(), codeNow(owner));
    assertThat(in.location()).isEqualTo("/");
  }

  @Test
  void theRightCodeWithAWrongPasswordIsPartlyRightToo() {
    TestUser owner = users.create(Role.PRACTITIONER);
    String holder = newAddress();
    for (int i = 1; i <= 5; i++) {
      clock.advance(Duration.ofSeconds(5));
      Page failed = withCode(from(holder), owner.username(), "a guess " + i, codeNow(owner));
      assertThat(failed.errorSummary()).isEqualTo(message("signin.withCode.failed"));
    }
    assertThat(partlyRight(owner)).isEqualTo(5);
    assertThat(failures(owner)).isZero();

    clock.advance(Duration.ofSeconds(30));
    Page refused = withCode(from(newAddress()), owner.username(), owner.password(), codeNow(owner));
    assertThat(refused.isRedirect()).isFalse();
  }

  @Test
  void someoneWithoutEitherFactorCannotLockSignInWithPasswordAndCode() {
    TestUser owner = users.create(Role.PRACTITIONER);
    String attacker = newAddress();
    for (int i = 1; i <= 12; i++) {
      clock.advance(Duration.ofSeconds(20));
      Page failed = withCode(from(attacker), owner.username(), "a guess " + i, wrongCode(owner));
      assertThat(failed.isRedirect()).isFalse();
      assertThat(failed.errorSummary()).isEqualTo(message("signin.withCode.failed"));
    }
    assertThat(partlyRight(owner)).isZero();
    assertThat(passwordLockedNow(owner)).isTrue();

    Page in = withCode(from(newAddress()), owner.username(), owner.password(), codeNow(owner));
    assertThat(in.location()).isEqualTo("/");
  }

  @Test
  void tooManyFailuresFromOneAddressCloseItsPasswordStepForEveryAccount() {
    TestUser colleague = users.create(Role.PRACTITIONER);
    String sharedAddress = newAddress();
    for (int i = 1; i <= 30; i++) {
      attempt(sharedAddress, "nobody-" + i + "-" + colleague.username(), "a guess");
    }

    Page refused = attempt(sharedAddress, colleague.username(), colleague.password());
    assertThat(refused.isRedirect()).isFalse();
    assertThat(refused.errorSummary()).isEqualTo(message("signin.failed"));
    Page unknown = attempt(sharedAddress, "nobody-at-all-" + colleague.username(), "a guess");
    assertThat(unknown.errorSummary()).isEqualTo(refused.errorSummary());
    assertThat(failures(colleague)).as("the account is not blamed").isZero();

    assertThat(attempt(newAddress(), colleague.username(), colleague.password()).location())
        .as("other addresses are not affected")
        .isEqualTo("/login/code");
    Page withBoth =
        withCode(
            from(sharedAddress), colleague.username(), colleague.password(), codeNow(colleague));
    assertThat(withBoth.location())
        .as("the right password and code still get through")
        .isEqualTo("/");

    clock.advance(Duration.ofMinutes(15));
    assertThat(attempt(sharedAddress, colleague.username(), colleague.password()).location())
        .as("the limit ends with its window")
        .isEqualTo("/login/code");
  }

  @Test
  void administratorsSeeWhereFailuresCameFromAndWhetherTheAccountIsThrottled() {
    TestUser owner = users.create(Role.PRACTITIONER);
    TestUser admin = users.create(Role.SYSTEM_ADMINISTRATOR);
    String attacker = "2001:db8:dead:" + newAddress().substring(9, 13) + "::7";
    for (int i = 1; i <= 10; i++) {
      clock.advance(Duration.ofSeconds(20));
      attempt(attacker, owner.username(), "wrong guess " + i);
    }
    attempt(attacker, owner.username(), "refused while locked");

    Browser adminBrowser = signIn(admin, newAddress());
    Page page = adminBrowser.get("/admin/users/" + owner.id());

    assertThat(page.status()).isEqualTo(200);
    var rows = page.document().select("#sign-in-failures tbody tr");
    assertThat(rows).hasSize(11);
    assertThat(rows.first().text())
        .contains(attacker, message("admin.user.failures.kind.REFUSED_LOCKED"));
    assertThat(rows.last().text())
        .contains(attacker, message("admin.user.failures.kind.WRONG_PASSWORD"));
    assertThat(page.document().select("#sign-in-sources").text()).contains(attacker, "11");
    assertThat(page.document().select("#sign-in-status").text())
        .contains(message("admin.user.throttle.passwordLocked.label"));
  }

  private Browser signIn(TestUser user, String address) {
    Browser browser = from(address);
    Page afterPassword =
        browser.submit(
            browser.get("/login"),
            Map.of("username", user.username(), "password", user.password()));
    assertThat(afterPassword.location()).isEqualTo("/login/code");
    Page done = browser.submit(browser.get("/login/code"), Map.of("code", codeNow(user)));
    assertThat(done.location()).isEqualTo("/");
    return browser;
  }

  /** A six-digit code that no step near Harbour's clock produces for the user's secret. */
  private String wrongCode(TestUser user) {
    return WrongCodes.near(user.totpSecret(), clock.instant());
  }

  private int partlyRight(TestUser user) {
    return AppUserRows.column(jdbc, user.id(), "partial_failures", Integer.class);
  }

  private Page attempt(String address, String username, String password) {
    Browser browser = from(address);
    return browser.submit(
        browser.get("/login"), Map.of("username", username, "password", password));
  }

  private Page withCode(Browser browser, String username, String password, String code) {
    Page form = browser.get("/login/with-code");
    assertThat(form.status()).as("the sign-in with password and code together").isEqualTo(200);
    return browser.submit(form, Map.of("username", username, "password", password, "code", code));
  }

  private Browser from(String address) {
    return new Browser(port).header("X-Forwarded-For", address);
  }

  /** A documentation address (2001:db8::/32) no other test uses. */
  private static String newAddress() {
    byte[] bytes = new byte[4];
    RANDOM.nextBytes(bytes);
    String hex = HexFormat.of().formatHex(bytes);
    return "2001:db8:" + hex.substring(0, 4) + ":" + hex.substring(4) + "::1";
  }

  /** The owner's current code by Harbour's clock, which tests move forward. */
  private String codeNow(TestUser user) {
    return Totp.code(user.totpSecret(), Totp.stepAt(clock.instant()));
  }

  private boolean passwordLockedNow(TestUser user) {
    java.sql.Timestamp until =
        AppUserRows.column(jdbc, user.id(), "locked_until", java.sql.Timestamp.class);
    return until != null && until.toInstant().isAfter(clock.instant());
  }

  private int failures(TestUser user) {
    return AppUserRows.column(jdbc, user.id(), "failed_attempts", Integer.class);
  }

  private String message(String key) {
    return messages.getMessage(key, null, Locale.UK);
  }
}
