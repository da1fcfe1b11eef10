package uk.harbour.accesscontrol.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.AgencyKind;
import uk.harbour.accesscontrol.AppUserRows;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Role;
import uk.harbour.audit.AuditAction;
import uk.harbour.shared.AgencyId;
import uk.harbour.shared.UserId;
import uk.harbour.testing.AuditedEvents;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;
import uk.harbour.testing.SignIn;
import uk.harbour.testing.TestUsers;
import uk.harbour.testing.TestUsers.TestUser;

/**
 * A password an administrator set, whether a new account's first one or a replacement, must be
 * changed by its owner straight after signing in, before any other page opens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AuditedEvents.Config.class)
class ForcedPasswordChangeIntegrationTests {

  static final String FIRST_PASSWORD = "heron quarry velvet lamp";
  static final String OWN_PASSWORD = "kettle meadow cobalt finch";

  /** Pages a user who must change their password may not open yet. */
  static final List<String> OTHER_PAGES =
      List.of("/", "/children", "/children/new", "/notifications", "/admin", "/audit", "/login");

  @LocalServerPort int port;
  @Autowired Directory directory;
  @Autowired JdbcClient jdbc;
  @Autowired AuditedEvents audited;
  @Autowired MessageSource messages;

  TestUsers users;
  Browser admin;
  UserId adminId;

  @BeforeEach
  void signInAsAdministrator() {
    users = new TestUsers(directory);
    TestUser administrator = users.create(Role.SYSTEM_ADMINISTRATOR);
    adminId = administrator.id();
    admin = administrator.signIn(port);
  }

  @Test
  void aUserAddedByAnAdministratorChangesTheFirstPasswordBeforeUsingHarbour() {
    String username = "first-" + unique();
    UserId id = addUserAsAdministrator(username);
    assertThat(mustChange(id)).isTrue();
    assertThat(audited.about(id.toString()))
        .anyMatch(
            e ->
                e.action() == AuditAction.CREATE
                    && e.detail().contains("to be changed at next sign-in"));

    Browser browser = new Browser(port);
    Page afterPassword =
        browser.submit(
            browser.get("/login"), Map.of("username", username, "password", FIRST_PASSWORD));
    assertThat(afterPassword.location()).isEqualTo("/login/enrol");
    Page enrol = browser.get("/login/enrol");
    String key = enrol.document().select("#totp-key").text().replace(" ", "");
    Page signedIn = browser.submit(enrol, Map.of("code", SignIn.nextCode(port, username, key)));
    assertThat(signedIn.location()).isEqualTo("/account/password");

    Page form = browser.get("/account/password");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.document().select(".govuk-notification-banner").text())
        .contains(message("account.password.mustChange"));
    assertThat(form.document().select(".govuk-notification-banner--success")).isEmpty();
    assertThat(form.document().select("main").text())
        .contains(message("account.password.mustChange.why"));
    assertRefusedEverywhereElse(browser);

    Page same =
        browser.submit(
            form,
            Map.of(
                "currentPassword", FIRST_PASSWORD,
                "newPassword", FIRST_PASSWORD,
                "confirmPassword", FIRST_PASSWORD));
    assertThat(same.status()).isEqualTo(200);
    assertThat(same.fieldError("newPassword")).contains(message("account.password.new.same"));
    assertThat(same.document().title()).startsWith(message("web.title.errorPrefix"));
    assertThat(mustChange(id)).isTrue();
    assertThat(browser.get("/").location()).isEqualTo("/account/password");

    Page changed = changePassword(browser, FIRST_PASSWORD, OWN_PASSWORD);
    assertThat(changed.location()).isEqualTo("/account/password");
    Page done = browser.get("/account/password");
    assertThat(done.document().select(".govuk-notification-banner--success").text())
        .contains(message("account.password.changed.required"));
    assertThat(done.document().select("a#continue").attr("href")).isEqualTo("/");
    assertThat(mustChange(id)).isFalse();
    assertThat(audited.about(id.toString()))
        .anyMatch(
            e -> e.action() == AuditAction.CHANGE && OwnPassword.FORCED_CHANGE.equals(e.detail()));

    assertThat(browser.get("/").status()).isEqualTo(200);
    assertThat(browser.get("/notifications").status()).isEqualTo(200);
    Browser again = SignIn.as(port, username, OWN_PASSWORD, key);
    assertThat(again.get("/").status()).isEqualTo(200);
  }

  @Test
  void aPasswordAnAdministratorSetsEndsTheUsersSessionsAndMustBeChangedAtNextSignIn() {
    TestUser user = users.create(Role.PRACTITIONER, Role.KEY_WORKER);
    Browser theirs = user.signIn(port);
    assertThat(theirs.get("/").status()).isEqualTo(200);
    assertThat(mustChange(user.id())).isFalse();

    Page view = admin.get("/admin/users/" + user.id());
    assertThat(view.document().select("main").text())
        .contains(message("admin.user.passwordStatus.own"));
    Page common = admin.submit(view, "form#set-password", Map.of("password", "Password1234!"));
    assertThat(common.status()).isEqualTo(200);
    assertThat(common.fieldError("password")).contains(message("password.common"));
    assertThat(common.errorSummary()).contains(message("password.common"));
    assertThat(common.document().select("#password").attr("value")).isEmpty();
    assertThat(mustChange(user.id())).isFalse();
    assertThat(theirs.get("/").status()).isEqualTo(200);

    Page set = admin.submit(view, "form#set-password", Map.of("password", FIRST_PASSWORD));
    assertThat(set.location()).isEqualTo("/admin/users/" + user.id());
    Page after = admin.get(set.location());
    assertThat(after.document().select(".govuk-notification-banner").text())
        .contains(message("admin.user.passwordSet"));
    assertThat(after.document().select("main").text())
        .contains(message("admin.user.passwordStatus.toChange"));
    assertThat(mustChange(user.id())).isTrue();
    assertThat(audited.about(user.id().toString()))
        .anyMatch(
            e ->
                e.action() == AuditAction.CHANGE
                    && e.detail().startsWith("password set by an administrator")
                    && e.detail().contains("1 session(s) ended"));
    assertThat(theirs.get("/").location()).startsWith("/login");

    Browser browser = new Browser(port);
    Page oldPassword =
        browser.submit(
            browser.get("/login"),
            Map.of("username", user.username(), "password", user.password()));
    assertThat(oldPassword.status()).isEqualTo(200);
    assertThat(oldPassword.errorSummary()).isEqualTo(message("signin.failed"));
    browser = SignInToChange.as(port, user.username(), FIRST_PASSWORD, user.totpSecret());
    assertRefusedEverywhereElse(browser);

    Page wrongCurrent = changePassword(browser, "not the password at all", OWN_PASSWORD);
    assertThat(wrongCurrent.fieldError("currentPassword"))
        .contains(message("account.password.current.wrong"));
    assertThat(mustChange(user.id())).isTrue();

    assertThat(changePassword(browser, FIRST_PASSWORD, OWN_PASSWORD).location())
        .isEqualTo("/account/password");
    assertThat(mustChange(user.id())).isFalse();
    assertThat(browser.get("/").status()).isEqualTo(200);
    assertThat(browser.get("/children").status()).isEqualTo(200);
  }

  @Test
  void signingOutStaysPossibleAndTheRequirementOutlivesTheSession() {
    String username = "leaver-" + unique();
    UserId id = addUserAsAdministrator(username);
    String secret = SignIn.newSecret();
    jdbc.sql("UPDATE app_user SET totp_secret = ? WHERE id = ?")
        .params(secret, id.value())
        .update();

    Browser browser = SignInToChange.as(port, username, FIRST_PASSWORD, secret);
    assertThat(browser.signOut().location()).isEqualTo("/login?signedOut");
    assertThat(browser.get("/account/password").location()).startsWith("/login");

    Browser next = SignInToChange.as(port, username, FIRST_PASSWORD, secret);
    assertThat(next.get("/children").location()).isEqualTo("/account/password");
    assertThat(mustChange(id)).isTrue();
  }

  @Test
  void anAdministratorCannotSetTheirOwnPasswordThisWay() {
    Page own = admin.get("/admin/users/" + adminId);
    assertThat(own.document().select("form#set-password")).isEmpty();

    Page refused =
        admin.post(
            "/admin/users/" + adminId + "/set-password",
            Map.of("_csrf", admin.csrfToken(), "password", FIRST_PASSWORD));
    assertThat(refused.location()).isEqualTo("/admin/users/" + adminId);
    assertThat(admin.get(refused.location()).errorSummary())
        .contains(message("admin.user.setPassword.self"));
    assertThat(mustChange(adminId)).isFalse();
    assertThat(admin.get("/admin").status()).isEqualTo(200);
  }

  @Test
  void demoUsersAndUsersWithTheirOwnPasswordsAreNotAffected() {
    Integer flagged =
        jdbc.sql(
                "SELECT count(*) FROM app_user WHERE must_change_password AND username IN"
                    + " ('kw.jones', 'manager.okafor', 'school.green', 'screening.lee',"
                    + " 'analyst.novak', 'dpo.fraser', 'admin.hughes', 'youth.mensah')")
            .query(Integer.class)
            .single();
    Integer demoUsers =
        jdbc.sql("SELECT count(*) FROM app_user WHERE username IN ('kw.jones', 'admin.hughes')")
            .query(Integer.class)
            .single();
    assertThat(demoUsers).isEqualTo(2);
    assertThat(flagged).isZero();

    Browser keyWorker = Demo.signIn(port, "kw.jones");
    assertThat(keyWorker.get("/").status()).isEqualTo(200);
    assertThat(keyWorker.get("/children").status()).isEqualTo(200);
    Page account = keyWorker.get("/account/password");
    assertThat(account.document().select(".govuk-notification-banner")).isEmpty();
    assertThat(account.document().select("main").text())
        .doesNotContain(message("account.password.mustChange.why"));
    assertThat(admin.get("/admin/users").status()).isEqualTo(200);
  }

  /** Every other page sends the user back to change their password; signing out still works. */
  private void assertRefusedEverywhereElse(Browser browser) {
    for (String path : OTHER_PAGES) {
      assertThat(browser.get(path).location()).as(path).isEqualTo("/account/password");
    }
    String token = browser.csrfToken();
    assertThat(browser.post("/notifications/read", Map.of("_csrf", token)).location())
        .isEqualTo("/account/password");
    assertThat(browser.post("/children/new", Map.of("_csrf", token)).location())
        .isEqualTo("/account/password");
    assertThat(browser.post("/session/extend", Map.of("_csrf", token)).status()).isEqualTo(204);
    assertThat(browser.get("/css/harbour.css").status()).isEqualTo(200);
    assertThat(browser.get("/images/harbour-icon.svg").status()).isEqualTo(200);
  }

  private UserId addUserAsAdministrator(String username) {
    AgencyId agency = directory.createAgency("Agency " + unique(), AgencyKind.HEALTH);
    Page created =
        admin.submit(
            admin.get("/admin/users/new"),
            Map.of(
                "username",
                username,
                "displayName",
                "Robin Example",
                "agencyId",
                agency.toString(),
                "roles",
                "PRACTITIONER",
                "password",
                FIRST_PASSWORD));
    UserId id = directory.findUserByUsername(username).orElseThrow().id();
    assertThat(created.location()).isEqualTo("/admin/users/" + id);
    return id;
  }

  private static Page changePassword(Browser browser, String current, String newPassword) {
    return browser.submit(
        browser.get("/account/password"),
        Map.of(
            "currentPassword", current,
            "newPassword", newPassword,
            "confirmPassword", newPassword));
  }

  private boolean mustChange(UserId id) {
    return AppUserRows.column(jdbc, id, "must_change_password", Boolean.class);
  }

  private String message(String key) {
    return messages.getMessage(key, null, Locale.UK);
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** Signs in a user who must change their password: password, code, then the change page. */
  private static final class SignInToChange {
    static Browser as(int port, String username, String password, String secret) {
      Browser browser = new Browser(port);
      Page afterPassword =
          browser.submit(browser.get("/login"), Map.of("username", username, "password", password));
      assertThat(afterPassword.location()).isEqualTo("/login/code");
      Page done =
          browser.submit(
              browser.get("/login/code"), Map.of("code", SignIn.nextCode(port, username, secret)));
      assertThat(done.location()).isEqualTo("/account/password");
      return browser;
    }
  }
}
