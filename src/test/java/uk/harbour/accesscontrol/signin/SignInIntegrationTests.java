package uk.harbour.accesscontrol.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import uk.harbour.audit.AuditAction;
import uk.harbour.testing.AuditedEvents;
import uk.harbour.testing.Browser;
import uk.harbour.testing.MutableClock;
import uk.harbour.testing.Page;
import uk.harbour.testing.SignIn;
import uk.harbour.testing.TestUsers;
import uk.harbour.testing.TestUsers.TestUser;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({MutableClock.Config.class, AuditedEvents.Config.class})
class SignInIntegrationTests {

  @LocalServerPort int port;
  @Autowired Directory directory;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;
  @Autowired AuditedEvents audited;
  @Autowired MessageSource messages;

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
  void signsInWithPasswordThenCodeAndChangesTheSessionIdAtEachStep() {
    TestUser user = users.create(Role.PRACTITIONER);
    Browser browser = new Browser(port);

    Page login = browser.get("/login");
    assertThat(login.status()).isEqualTo(200);
    String anonymous = browser.sessionCookie().orElseThrow();
    assertThat(login.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith(Browser.SESSION_COOKIE + "=")
                    .contains("HttpOnly", "SameSite=Strict"));

    Page afterPassword = browser.submit(login, credentials(user.username(), user.password()));
    assertThat(afterPassword.location()).isEqualTo("/login/code");
    String pending = browser.sessionCookie().orElseThrow();
    assertThat(pending).isNotEqualTo(anonymous);
    assertThat(browser.get("/account/password").location()).startsWith("/login");

    Page code = browser.get("/login/code");
    Page done =
        browser.submit(
            code, Map.of("code", SignIn.nextCode(port, user.username(), user.totpSecret())));
    assertThat(done.location()).isEqualTo("/");
    String signedIn = browser.sessionCookie().orElseThrow();
    assertThat(signedIn).isNotEqualTo(pending);

    assertThat(browser.get("/account/password").status()).isEqualTo(200);
    assertThat(sessionRows(user.username())).isEqualTo(1);
    assertThat(audited.actionsAbout(user.id().toString())).contains(AuditAction.LOGIN);
    assertThat(failedAttempts(user)).isZero();
  }

  @Test
  void wrongPasswordUnknownUserInactiveAndLockedAccountsGetTheSameMessage() {
    TestUser wrong = users.create(Role.PRACTITIONER);
    TestUser locked = users.create(Role.PRACTITIONER);
    TestUser inactive = users.create(Role.PRACTITIONER);
    jdbc.sql("UPDATE app_user SET locked_until = now() + interval '15 minutes' WHERE id = ?")
        .param(locked.id().value())
        .update();
    jdbc.sql("UPDATE app_user SET active = FALSE WHERE id = ?")
        .param(inactive.id().value())
        .update();

    Page wrongPassword = attempt(wrong.username(), "not the right password");
    Page unknownUser = attempt("nobody-" + wrong.username(), "not the right password");
    Page lockedAccount = attempt(locked.username(), locked.password());
    Page inactiveAccount = attempt(inactive.username(), inactive.password());

    String expected = message("signin.failed");
    for (Page page : new Page[] {wrongPassword, unknownUser, lockedAccount, inactiveAccount}) {
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.errorSummary()).isEqualTo(expected);
      assertThat(page.fieldError("username")).contains(expected);
      assertThat(page.document().select("#password").attr("value")).isEmpty();
    }
    assertThat(audited.about(wrong.id().toString()))
        .anyMatch(e -> e.action() == AuditAction.LOGIN_FAILED);
    assertThat(audited.all())
        .filteredOn(e -> e.action() == AuditAction.LOGIN_FAILED && e.recordId() == null)
        .allSatisfy(e -> assertThat(e.detail()).doesNotContain("nobody-"));
  }

  @Test
  void delaysAfterFiveFailuresAndLocksForFifteenMinutesAtTen() {
    TestUser user = users.create(Role.PRACTITIONER);
    for (int i = 1; i <= 5; i++) {
      assertThat(attempt(user.username(), "wrong password " + i).errorSummary())
          .isEqualTo(message("signin.failed"));
    }
    assertThat(failedAttempts(user)).isEqualTo(5);

    clock.advance(Duration.ofMinutes(-1));
    Page tooSoon = attempt(user.username(), user.password());
    clock.reset();
    assertThat(tooSoon.isRedirect()).as("refused during the delay, password not checked").isFalse();
    assertThat(tooSoon.errorSummary()).isEqualTo(message("signin.failed"));
    assertThat(failedAttempts(user)).as("a refused attempt is not counted").isEqualTo(5);

    for (int i = 6; i <= 10; i++) {
      clock.advance(Duration.ofSeconds(20));
      attempt(user.username(), "wrong password " + i);
    }
    assertThat(failedAttempts(user)).isEqualTo(10);
    assertThat(lockedMinutesFromClock(user)).isEqualTo(15);
    assertThat(audited.actionsAbout(user.id().toString())).contains(AuditAction.ACCOUNT_LOCKED);

    clock.advance(Duration.ofMinutes(14));
    assertThat(attempt(user.username(), user.password()).isRedirect()).isFalse();

    clock.reset();
    jdbc.sql("UPDATE app_user SET locked_until = now() - interval '1 second' WHERE id = ?")
        .param(user.id().value())
        .update();
    Browser browser = SignIn.as(port, user.username(), user.password(), user.totpSecret());
    assertThat(browser.get("/account/password").status()).isEqualTo(200);
    assertThat(failedAttempts(user)).as("success resets the counters").isZero();
  }

  @Test
  void wrongCodesCountAsPartlyRightAttempts() {
    TestUser user = users.create(Role.PRACTITIONER);
    Browser browser = new Browser(port);
    browser.submit(browser.get("/login"), credentials(user.username(), user.password()));
    Page code = browser.get("/login/code");
    String wrongCode = invalidCode(user.totpSecret());

    Page wrong = browser.submit(code, Map.of("code", wrongCode));

    assertThat(wrong.status()).isEqualTo(200);
    assertThat(wrong.fieldError("code")).contains(message("signin.code.wrong"));
    assertThat(failedAttempts(user)).as("not counted as a wrong password").isZero();
    assertThat(AppUserRows.column(jdbc, user.id(), "partial_failures", Integer.class)).isEqualTo(1);
    Page malformed = browser.submit(code, Map.of("code", "12ab"));
    assertThat(malformed.fieldError("code")).contains(message("signin.code.format"));
  }

  @Test
  void aCodeCannotBeUsedTwice() {
    TestUser user = users.create(Role.PRACTITIONER);
    String code = SignIn.nextCode(port, user.username(), user.totpSecret());
    Browser first = new Browser(port);
    first.submit(first.get("/login"), credentials(user.username(), user.password()));
    assertThat(first.submit(first.get("/login/code"), Map.of("code", code)).location())
        .isEqualTo("/");

    Browser second = new Browser(port);
    second.submit(second.get("/login"), credentials(user.username(), user.password()));
    Page replay = second.submit(second.get("/login/code"), Map.of("code", code));

    assertThat(replay.isRedirect()).isFalse();
    assertThat(replay.fieldError("code")).contains(message("signin.code.wrong"));
  }

  @Test
  void signingOutEndsTheSessionOnTheServer() {
    TestUser user = users.create(Role.PRACTITIONER);
    Browser browser = user.signIn(port);
    String cookie = browser.sessionCookie().orElseThrow();
    assertThat(sessionRows(user.username())).isEqualTo(1);

    Page out = browser.signOut();

    assertThat(out.location()).isEqualTo("/login?signedOut");
    assertThat(sessionRows(user.username())).isZero();
    assertThat(audited.actionsAbout(user.id().toString())).contains(AuditAction.LOGOUT);
    Page withOldCookie = new Browser(port).withSessionCookie(cookie).get("/account/password");
    assertThat(withOldCookie.location()).startsWith("/login");
    Page notice = browser.get("/login?signedOut");
    assertThat(notice.document().select(".govuk-notification-banner").text())
        .contains(message("signin.notice.signedOut"));
  }

  @Test
  void signingOutNeedsTheCsrfToken() {
    TestUser user = users.create(Role.PRACTITIONER);
    Browser browser = user.signIn(port);

    Page forged = browser.post("/logout", Map.of());

    assertThat(forged.status()).isEqualTo(403);
    assertThat(browser.get("/account/password").status()).isEqualTo(200);
  }

  /**
   * Fifteen minutes, plus the 3 s by which the stored time of last use may lag behind the last
   * request (SessionStore passes it on once it has moved on by a second, and it is written in the
   * background within about a second).
   */
  @Test
  void sessionsLastFifteenMinutesIdle() {
    TestUser user = users.create(Role.PRACTITIONER);
    user.signIn(port);
    int seconds =
        jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = ?")
            .param(user.username())
            .query(Integer.class)
            .single();
    assertThat(seconds).isEqualTo(15 * 60 + 3);
  }

  @Test
  void anIdleSessionSendsTheUserToSignInWithATimeoutNotice() {
    TestUser user = users.create(Role.PRACTITIONER);
    Browser browser = user.signIn(port);
    Page form = browser.get("/account/password");
    jdbc.sql(
            """
            UPDATE spring_session
               SET last_access_time = last_access_time - (max_inactive_interval + 1) * 1000,
                   expiry_time = expiry_time - (max_inactive_interval + 1) * 1000
             WHERE principal_name = ?
            """)
        .param(user.username())
        .update();

    String staleCookie = browser.sessionCookie().orElseThrow();

    Page posted = browser.submit(form, Map.of("currentPassword", user.password()));
    Page page = new Browser(port).withSessionCookie(staleCookie).get("/account/password");

    assertThat(page.location()).isEqualTo("/login?timeout");
    assertThat(posted.location()).as("a form posted after the timeout").isEqualTo("/login?timeout");
    assertThat(browser.get("/login?timeout").document().select(".govuk-notification-banner").text())
        .contains(message("signin.notice.timeout"));
  }

  @Test
  void aSessionEndsTwelveHoursAfterSignInHoweverBusy() {
    TestUser user = users.create(Role.PRACTITIONER);
    Browser browser = user.signIn(port);
    clock.advance(Duration.ofHours(11).plusMinutes(59));
    assertThat(browser.get("/account/password").status()).isEqualTo(200);

    clock.advance(Duration.ofMinutes(1));
    Page page = browser.get("/account/password");

    assertThat(page.location()).isEqualTo("/login?expired");
    assertThat(sessionRows(user.username())).isZero();
  }

  @Test
  void deactivatingAUserEndsTheirSessionOnTheNextRequest() {
    TestUser user = users.create(Role.PRACTITIONER);
    Browser browser = user.signIn(port);
    jdbc.sql("UPDATE app_user SET active = FALSE WHERE id = ?").param(user.id().value()).update();

    assertThat(browser.get("/account/password").location()).isEqualTo("/login");
    assertThat(sessionRows(user.username())).isZero();
  }

  @Test
  void roleChangesApplyOnTheNextRequest() {
    TestUser user = users.create(Role.PRACTITIONER);
    Browser browser = user.signIn(port);
    assertThat(browser.get("/admin/users").status()).isEqualTo(403);

    directory.setRoles(user.id(), java.util.Set.of(Role.SYSTEM_ADMINISTRATOR));

    assertThat(browser.get("/admin/users").status()).isEqualTo(200);
  }

  @Test
  void aNewUserSetsUpTheirAuthenticatorAppFromTheQrCodeOrKey() {
    TestUser user = users.createWithoutSecondFactor(Role.PRACTITIONER);
    Browser browser = new Browser(port);
    Page afterPassword =
        browser.submit(browser.get("/login"), credentials(user.username(), user.password()));
    assertThat(afterPassword.location()).isEqualTo("/login/enrol");
    assertThat(browser.get("/login/code").location()).isEqualTo("/login/enrol");

    Page enrol = browser.get("/login/enrol");
    assertThat(enrol.document().select("svg[role=img] title").text()).isNotBlank();
    assertThat(enrol.document().select("svg path").attr("d")).startsWith("M");
    String key = enrol.document().select("#totp-key").text().replace(" ", "");
    assertThat(key).matches("[A-Z2-7]{32}");
    assertThat(totpSecret(user)).as("not saved before it is confirmed").isNull();

    Page wrong = browser.submit(enrol, Map.of("code", invalidCode(key)));
    assertThat(wrong.fieldError("code")).contains(message("signin.code.wrong"));
    assertThat(totpSecret(user)).isNull();

    Page done = browser.submit(enrol, Map.of("code", SignIn.nextCode(port, user.username(), key)));
    assertThat(done.location()).isEqualTo("/");
    assertThat(totpSecret(user)).isEqualTo(key);
    assertThat(browser.get("/account/password").status()).isEqualTo(200);
  }

  @Test
  void theCodeStepNeedsTheRightPasswordFirst() {
    Browser browser = new Browser(port);
    assertThat(browser.get("/login/code").location()).isEqualTo("/login");
    assertThat(browser.get("/login/enrol").location()).isEqualTo("/login");
  }

  @Test
  void protectedPagesRedirectToSignIn() {
    Browser browser = new Browser(port);
    assertThat(browser.get("/").location()).isEqualTo("/login");
    assertThat(browser.get("/admin/users").location()).isEqualTo("/login");
    assertThat(browser.get("/anything/else").location()).isEqualTo("/login");
  }

  @Test
  void changingYourPasswordChecksThePolicy() {
    TestUser user = users.create(Role.PRACTITIONER);
    Browser browser = user.signIn(port);
    Page form = browser.get("/account/password");

    Page common =
        browser.submit(
            form,
            Map.of(
                "currentPassword", user.password(),
                "newPassword", "Password1234",
                "confirmPassword", "Password1234"));
    assertThat(common.status()).isEqualTo(200);
    assertThat(common.fieldError("newPassword")).contains(message("password.common"));
    assertThat(common.errorSummary()).contains(message("password.common"));

    Page wrongCurrent =
        browser.submit(
            form,
            Map.of(
                "currentPassword", "not my password",
                "newPassword", "heron quarry velvet lamp",
                "confirmPassword", "heron quarry velvet lamp"));
    assertThat(wrongCurrent.fieldError("currentPassword"))
        .contains(message("account.password.current.wrong"));

    Page changed =
        browser.submit(
            form,
            Map.of(
                "currentPassword", user.password(),
                "newPassword", "heron quarry velvet lamp",
                "confirmPassword", "heron quarry velvet lamp"));
    assertThat(changed.location()).isEqualTo("/account/password");
    assertThat(browser.get("/account/password").document().text())
        .contains(message("account.password.changed"));
    assertThat(attempt(user.username(), user.password()).isRedirect()).isFalse();
    assertThat(attempt(user.username(), "heron quarry velvet lamp").location())
        .isEqualTo("/login/code");
  }

  private Page attempt(String username, String password) {
    Browser browser = new Browser(port);
    return browser.submit(browser.get("/login"), credentials(username, password));
  }

  private static Map<String, String> credentials(String username, String password) {
    return Map.of("username", username, "password", password);
  }

  private String message(String key) {
    return messages.getMessage(key, null, Locale.UK);
  }

  /** A six-digit code that no step near now produces for the secret. */
  private String invalidCode(String secret) {
    return WrongCodes.near(secret, clock.instant());
  }

  private int sessionRows(String username) {
    return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
        .param(username)
        .query(Integer.class)
        .single();
  }

  private int failedAttempts(TestUser user) {
    return AppUserRows.column(jdbc, user.id(), "failed_attempts", Integer.class);
  }

  private String totpSecret(TestUser user) {
    return AppUserRows.column(jdbc, user.id(), "totp_secret", String.class);
  }

  private long lockedMinutesFromClock(TestUser user) {
    java.sql.Timestamp until =
        AppUserRows.column(jdbc, user.id(), "locked_until", java.sql.Timestamp.class);
    return Duration.between(clock.instant(), until.toInstant()).plusSeconds(30).toMinutes();
  }
}
