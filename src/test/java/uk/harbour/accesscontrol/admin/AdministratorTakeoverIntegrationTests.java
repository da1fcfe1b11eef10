package uk.harbour.accesscontrol.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.audit.AuditAction;
import uk.harbour.people.Children;
import uk.harbour.people.Sex;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.AuditedEvents;
import uk.harbour.testing.Browser;
import uk.harbour.testing.MutableClock;
import uk.harbour.testing.Page;
import uk.harbour.testing.SignIn;
import uk.harbour.testing.TestChildren;
import uk.harbour.testing.TestUsers;
import uk.harbour.testing.TestUsers.TestUser;

/**
 * Issue 9, item 1, played as the attack over real HTTP: an administrator sets a practitioner's
 * password and resets their second factor, then tries to sign in as them and open a child's record
 * in their team. Without a data protection officer's approval no child record is reachable; after
 * it the reset takes effect, and the owner, their manager and the officers are told.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({MutableClock.Config.class, AuditedEvents.Config.class})
class AdministratorTakeoverIntegrationTests {

  static final String ADMIN_PASSWORD = "heron quarry velvet lamp";
  static final String INTRUDER_OWN = "kettle meadow cobalt finch";

  @LocalServerPort int port;
  @Autowired Directory directory;
  @Autowired Children children;
  @Autowired JdbcClient jdbc;
  @Autowired AuditedEvents audited;
  @Autowired MessageSource messages;

  TestUsers users;
  TestUser admin;
  TestUser manager;
  TestUser target;
  TestUser officer;
  Browser adminBrowser;
  ChildId child;

  /** The last intruder's browser, and where Harbour sent it after the second factor. */
  Browser lastIntruder;

  String lastLanding;

  @BeforeEach
  void aPractitionerWithAChildInTheirTeam() {
    users = new TestUsers(directory);
    admin = users.create(Role.SYSTEM_ADMINISTRATOR);
    manager = users.create(Role.TEAM_MANAGER, Role.PRACTITIONER);
    target = users.create(Role.PRACTITIONER, Role.KEY_WORKER);
    officer = users.create(Role.DATA_PROTECTION_OFFICER);
    jdbc.sql("UPDATE app_user SET manager_id = ? WHERE id = ?")
        .params(manager.id().value(), target.id().value())
        .update();
    ActAs actAs = new ActAs(directory);
    actAs.user(target.username());
    try {
      child =
          children
              .createWithCreatorInTeam(
                  TestChildren.named("Robin", "Takeover", LocalDate.of(2011, 5, 2), Sex.NOT_KNOWN),
                  TeamRole.KEY_WORKER)
              .id();
    } finally {
      actAs.nobody();
    }
    assertThat(target.signIn(port).get("/children/" + child).status())
        .as("the owner sees the child")
        .isEqualTo(200);
    adminBrowser = admin.signIn(port);
    assertThat(adminBrowser.get("/children/" + child).status()).isEqualTo(403);
  }

  @AfterEach
  void leaveNoTeam() {
    jdbc.sql("DELETE FROM team_member WHERE child_id = ?").param(child.value()).update();
  }

  @Test
  void passwordThenSecondFactorResetReachesNoChildWithoutApproval() {
    setPassword(target, ADMIN_PASSWORD);
    requestSecondFactorReset(target, "Lost their phone on a home visit");

    assertThat(intrude(target.username(), ADMIN_PASSWORD).location())
        .as("the administrator cannot sign in as the practitioner")
        .isEqualTo("/login");
    assertThat(totpSecret(target)).as("the second factor is unchanged").isNotNull();
    assertThat(adminBrowser.get("/children/" + child).status()).isEqualTo(403);
    assertThat(adminBrowser.get("/sign-in-resets").status())
        .as("administrators cannot approve resets")
        .isEqualTo(403);
  }

  @Test
  void secondFactorResetThenPasswordReachesNoChildWithoutApproval() {
    requestSecondFactorReset(target, "Lost their phone on a home visit");
    setPassword(target, ADMIN_PASSWORD);

    assertThat(intrude(target.username(), ADMIN_PASSWORD).location()).isEqualTo("/login");
    assertThat(totpSecret(target)).isNotNull();
  }

  @Test
  void anAdministratorWhoIsAlsoAnOfficerCannotApproveTheirOwnRequest() {
    TestUser both = users.create(Role.SYSTEM_ADMINISTRATOR, Role.DATA_PROTECTION_OFFICER);
    Browser theirs = both.signIn(port);
    setPassword(theirs, target, ADMIN_PASSWORD);
    requestSecondFactorReset(theirs, target, "Lost their phone on a home visit");
    UUID reset = pendingReset(target);

    Page view = theirs.get("/sign-in-resets/" + reset);
    assertThat(view.document().select("main form[method=post]")).isEmpty();
    assertThat(view.document().select("main").text())
        .contains(message("signInReset.error.ownRequest"));
    Page forged = forgeDecision(theirs, reset, "APPROVE");

    assertThat(forged.status()).isEqualTo(200);
    assertThat(forged.errorSummary()).contains(message("signInReset.error.ownRequest"));
    assertThat(resetStatus(target)).isEqualTo("AWAITING");
    assertThat(intrude(target.username(), ADMIN_PASSWORD).location()).isEqualTo("/login");
  }

  @Test
  void anOfficerCannotDecideAResetOfTheirOwnAccount() {
    requestSecondFactorReset(officer, "Lost their phone on a home visit");
    UUID reset = pendingReset(officer);
    Browser theirs = officer.signIn(port);

    Page forged = forgeDecision(theirs, reset, "APPROVE");

    assertThat(forged.errorSummary()).contains(message("signInReset.error.ownAccount"));
    assertThat(totpSecret(officer)).isNotNull();
    Browser other = users.create(Role.DATA_PROTECTION_OFFICER).signIn(port);
    Page refused = decide(other, reset, "REFUSE", "");
    assertThat(refused.fieldError("note"))
        .as("a refusal needs a reason")
        .contains(message("signInReset.error.refusalReasonRequired"));
    decide(other, reset, "REFUSE", "They still have their phone; I asked them");
    assertThat(resetStatus(officer)).isEqualTo("REFUSED");
    assertThat(totpSecret(officer)).isNotNull();
    assertThat(notices(admin))
        .as("the administrator is told the refusal and its reason")
        .anySatisfy(n -> assertThat(n).contains("They still have their phone; I asked them"));
  }

  @Test
  void afterAnOfficerApprovesTheResetWorksAndEveryoneIsTold() {
    setPassword(target, ADMIN_PASSWORD);
    requestSecondFactorReset(target, "Lost their phone on a home visit");
    UUID reset = pendingReset(target);
    assertThat(notices(officer))
        .as("every officer is told of the request")
        .anySatisfy(n -> assertThat(n).contains(admin.username(), target.username()));
    assertThat(notices(manager)).anySatisfy(n -> assertThat(n).contains(target.username()));

    Browser officerBrowser = officer.signIn(port);
    Page queue = officerBrowser.get("/sign-in-resets");
    assertThat(queue.document().select("a[href=/sign-in-resets/" + reset + "]")).isNotEmpty();
    Page approved = decide(officerBrowser, reset, "APPROVE", "Phoned their manager, who confirmed");
    assertThat(approved.location()).isEqualTo("/sign-in-resets");
    assertThat(resetStatus(target)).isEqualTo("APPROVED");
    assertThat(totpSecret(target)).as("the reset took effect").isNull();

    assertThat(intrude(target.username(), ADMIN_PASSWORD).status())
        .as("with a second person's approval the reset lets its holder in")
        .isEqualTo(200);
    assertThat(lastLanding)
        .as("the first sign-in afterwards says who reset the sign-in details")
        .isEqualTo("/account/sign-in-reset");
    Page notice = lastIntruder.get("/account/sign-in-reset");
    assertThat(notice.document().select(".govuk-notification-banner").text())
        .contains(admin.username(), officer.username());

    assertThat(notices(manager))
        .as("the manager is told of the first sign-in after the reset")
        .anySatisfy(n -> assertThat(n).contains(target.username(), admin.username(), "signed in"));
    assertThat(notices(target))
        .as("the owner is told, in their notifications")
        .anySatisfy(n -> assertThat(n).contains(admin.username(), officer.username()));
    assertThat(audited.all())
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.CREATE);
              assertThat(e.recordId()).isEqualTo(reset.toString());
            })
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.REVIEW);
              assertThat(e.recordId()).isEqualTo(reset.toString());
            });
    assertThat(audited.about(target.id().toString()))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.CHANGE);
              assertThat(e.detail()).contains("authenticator app reset", officer.username());
            })
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.LOGIN);
              assertThat(e.detail()).contains("first sign-in after").contains(reset.toString());
            });
  }

  /**
   * What someone who knows only the password an administrator set can reach: they sign in as far as
   * Harbour lets them (setting up an authenticator app of their own if they are offered one, and
   * replacing the password if they must), then open the child's record.
   */
  private Page intrude(String username, String password) {
    Browser intruder = new Browser(port);
    lastIntruder = intruder;
    Page step =
        intruder.submit(intruder.get("/login"), Map.of("username", username, "password", password));
    if ("/login/enrol".equals(step.location())) {
      Page enrol = intruder.get("/login/enrol");
      String key = enrol.document().select("#totp-key").text().replace(" ", "");
      step = intruder.submit(enrol, Map.of("code", SignIn.nextCode(port, username, key)));
    } else if ("/login/code".equals(step.location())) {
      step = intruder.submit(intruder.get("/login/code"), Map.of("code", "000000"));
    }
    lastLanding = step.location();
    if (mustChangePassword(target)) {
      Page form = intruder.get("/account/password");
      if (form.status() == 200) {
        intruder.submit(
            form,
            Map.of(
                "currentPassword", password,
                "newPassword", INTRUDER_OWN,
                "confirmPassword", INTRUDER_OWN));
      }
    }
    return intruder.get("/children/" + child);
  }

  private void setPassword(TestUser user, String password) {
    setPassword(adminBrowser, user, password);
  }

  private void setPassword(Browser browser, TestUser user, String password) {
    Page view = browser.get("/admin/users/" + user.id());
    Page set = browser.submit(view, "form#set-password", Map.of("password", password));
    assertThat(set.status()).as(set.body()).isLessThan(400);
  }

  private void requestSecondFactorReset(TestUser user, String reason) {
    requestSecondFactorReset(adminBrowser, user, reason);
  }

  private void requestSecondFactorReset(Browser browser, TestUser user, String reason) {
    Page view = browser.get("/admin/users/" + user.id());
    Page sent = browser.submit(view, "form#reset-second-factor", Map.of("reason", reason));
    assertThat(sent.isRedirect()).as(sent.body()).isTrue();
  }

  private Page decide(Browser browser, UUID reset, String decision, String note) {
    Page page = browser.get("/sign-in-resets/" + reset);
    return browser.submit(
        page, "main form[method=post]", Map.of("decision", decision, "note", note));
  }

  /** A decision posted straight to the server, as if the page had offered a form. */
  private Page forgeDecision(Browser browser, UUID reset, String decision) {
    int version =
        jdbc.sql("SELECT version FROM sign_in_reset WHERE id = ?")
            .param(reset)
            .query(Integer.class)
            .single();
    return browser.post(
        "/sign-in-resets/" + reset,
        Map.of(
            "_csrf",
            browser.csrfToken(),
            "decision",
            decision,
            "note",
            "I checked with them",
            "version",
            String.valueOf(version)));
  }

  private String message(String key) {
    return messages.getMessage(key, null, Locale.UK);
  }

  private UUID pendingReset(TestUser user) {
    return jdbc.sql("SELECT id FROM sign_in_reset WHERE user_id = ? AND status = 'AWAITING'")
        .param(user.id().value())
        .query(UUID.class)
        .single();
  }

  private String resetStatus(TestUser user) {
    return jdbc.sql(
            "SELECT status FROM sign_in_reset WHERE user_id = ? ORDER BY requested_at DESC LIMIT 1")
        .param(user.id().value())
        .query(String.class)
        .single();
  }

  private List<String> notices(TestUser user) {
    return jdbc.sql("SELECT message FROM notification WHERE recipient_id = ? ORDER BY created_at")
        .param(user.id().value())
        .query(String.class)
        .list();
  }

  private String totpSecret(TestUser user) {
    return AppUserRows.column(jdbc, user.id(), "totp_secret", String.class);
  }

  private boolean mustChangePassword(TestUser user) {
    return AppUserRows.column(jdbc, user.id(), "must_change_password", Boolean.class);
  }
}
