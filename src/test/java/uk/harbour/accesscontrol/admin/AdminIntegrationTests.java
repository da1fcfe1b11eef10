package uk.harbour.accesscontrol.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
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
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.audit.AuditAction;
import uk.harbour.shared.AgencyId;
import uk.harbour.testing.AuditedEvents;
import uk.harbour.testing.Browser;
import uk.harbour.testing.MutableClock;
import uk.harbour.testing.Page;
import uk.harbour.testing.TestUsers;
import uk.harbour.testing.TestUsers.TestUser;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({MutableClock.Config.class, AuditedEvents.Config.class})
class AdminIntegrationTests {

  @LocalServerPort int port;
  @Autowired Directory directory;
  @Autowired JdbcClient jdbc;
  @Autowired AuditedEvents audited;
  @Autowired MessageSource messages;

  TestUsers users;
  TestUser admin;
  Browser browser;

  @BeforeEach
  void signInAsAdministrator() {
    users = new TestUsers(directory);
    admin = users.create(Role.SYSTEM_ADMINISTRATOR);
    browser = admin.signIn(port);
  }

  @Test
  void onlySystemAdministratorsReachAdministration() {
    TestUser practitioner = users.create(Role.PRACTITIONER, Role.KEY_WORKER);
    Browser other = practitioner.signIn(port);
    String token = other.csrfToken();

    assertThat(other.get("/admin").status()).isEqualTo(403);
    assertThat(other.get("/admin/users").status()).isEqualTo(403);
    assertThat(other.get("/admin/agencies").status()).isEqualTo(403);
    assertThat(
            other
                .post("/admin/users/" + admin.id() + "/deactivate", Map.of("_csrf", token))
                .status())
        .isEqualTo(403);
    assertThat(directory.findUser(admin.id()).orElseThrow().active()).isTrue();

    assertThat(browser.get("/admin").status()).isEqualTo(200);
    assertThat(browser.get("/admin/agencies").status()).isEqualTo(200);
  }

  @Test
  void addsAUserWhoSetsUpTheirAuthenticatorAppAtFirstSignIn() {
    AgencyId agency = directory.createAgency("Agency " + unique(), AgencyKind.HEALTH);
    String username = "new-" + unique();
    Page form = browser.get("/admin/users/new");
    assertThat(form.document().select("#agencyId option[value=" + agency + "]")).hasSize(1);

    Page saved =
        browser.submit(
            form,
            Map.of(
                "username", username.toUpperCase(Locale.ROOT),
                "displayName", "Robin Example",
                "email", "robin@example.org",
                "jobTitle", "School nurse",
                "agencyId", agency.toString(),
                "managerId", admin.id().toString(),
                "roles", "PRACTITIONER",
                "password", "heron quarry velvet lamp"));

    UserSummary created = directory.findUserByUsername(username).orElseThrow();
    assertThat(saved.location()).isEqualTo("/admin/users/" + created.id());
    assertThat(created.roles()).containsExactly(Role.PRACTITIONER);
    assertThat(created.managerId()).isEqualTo(admin.id());
    assertThat(audited.actionsAbout(created.id().toString())).contains(AuditAction.CREATE);
    Page view = browser.get(saved.location());
    assertThat(view.document().text()).contains("Robin Example", message("admin.user.created"));
    assertThat(browser.get("/admin/users").document().text()).contains("Robin Example", username);

    Browser robin = new Browser(port);
    Page afterPassword =
        robin.submit(
            robin.get("/login"),
            Map.of("username", username, "password", "heron quarry velvet lamp"));
    assertThat(afterPassword.location()).isEqualTo("/login/enrol");
  }

  @Test
  void checksEveryFieldAndKeepsOverLongInputAsAFieldError() {
    TestUser existing = users.create(Role.PRACTITIONER);
    Page form = browser.get("/admin/users/new");

    Page blank = browser.submit(form, Map.of("username", "", "displayName", "", "password", ""));
    assertThat(blank.status()).isEqualTo(200);
    assertThat(blank.fieldError("username")).contains(message("admin.user.username.required"));
    assertThat(blank.fieldError("displayName"))
        .contains(message("admin.user.displayName.required"));
    assertThat(blank.fieldError("agencyId")).contains(message("admin.user.agency.required"));
    assertThat(blank.fieldError("roles")).contains(message("admin.user.roles.required"));
    assertThat(blank.fieldError("password")).contains(message("password.required"));
    assertThat(blank.errorSummary()).contains(message("admin.user.username.required"));

    Map<String, String> bad = new HashMap<>();
    bad.put("username", "x".repeat(5000));
    bad.put("displayName", "y".repeat(201));
    bad.put("email", "not an email");
    bad.put("jobTitle", "z".repeat(100_000));
    bad.put("agencyId", "not-a-uuid");
    bad.put("managerId", UUID.randomUUID().toString());
    bad.put("roles", "SUPREME_LEADER");
    bad.put("password", "Password1234!");
    Page tooLong = browser.submit(form, bad);
    assertThat(tooLong.status()).isEqualTo(200);
    assertThat(tooLong.fieldError("username")).contains(message("admin.user.username.tooLong"));
    assertThat(tooLong.fieldError("displayName"))
        .contains(message("admin.user.displayName.tooLong"));
    assertThat(tooLong.fieldError("email")).contains(message("admin.user.email.format"));
    assertThat(tooLong.fieldError("jobTitle")).contains(message("admin.user.jobTitle.tooLong"));
    assertThat(tooLong.fieldError("agencyId")).contains(message("admin.user.agency.required"));
    assertThat(tooLong.fieldError("managerId")).contains(message("admin.user.manager.invalid"));
    assertThat(tooLong.fieldError("roles")).contains(message("admin.user.roles.invalid"));
    assertThat(tooLong.fieldError("password")).contains(message("password.common"));

    Page taken =
        browser.submit(
            form,
            Map.of(
                "username",
                existing.username(),
                "displayName",
                "Someone",
                "roles",
                "PRACTITIONER"));
    assertThat(taken.fieldError("username")).contains(message("admin.user.username.taken"));
    assertThat(taken.document().select("#password").attr("value")).isEmpty();
  }

  @Test
  void aStaleEditShowsAMessageAndOverwritesNothing() {
    TestUser user = users.create(Role.PRACTITIONER);
    Page first = browser.get("/admin/users/" + user.id() + "/edit");
    Page second = browser.get("/admin/users/" + user.id() + "/edit");
    assertThat(first.document().select("#displayName").val()).startsWith("Test User");

    Page saved = browser.submit(first, editFields(first, Map.of("displayName", "First Editor")));
    assertThat(saved.location()).isEqualTo("/admin/users/" + user.id());

    Page stale = browser.submit(second, editFields(second, Map.of("displayName", "Second Editor")));
    assertThat(stale.status()).isEqualTo(200);
    assertThat(stale.document().select("#stale").text()).contains(message("admin.user.stale"));
    assertThat(directory.findUser(user.id()).orElseThrow().displayName()).isEqualTo("First Editor");
    assertThat(audited.about(user.id().toString()))
        .filteredOn(e -> e.action() == AuditAction.CHANGE)
        .hasSize(1);
  }

  @Test
  void changesRolesAndTheyApplyToTheSignedInUser() {
    TestUser user = users.create(Role.PRACTITIONER);
    Browser theirs = user.signIn(port);
    assertThat(theirs.get("/admin").status()).isEqualTo(403);
    Page edit = browser.get("/admin/users/" + user.id() + "/edit");
    assertThat(edit.document().select("input[name=roles][value=PRACTITIONER]").hasAttr("checked"))
        .isTrue();

    Map<String, String> fields = editFields(edit, Map.of("roles", "SYSTEM_ADMINISTRATOR"));
    assertThat(browser.submit(edit, fields).isRedirect()).isTrue();

    assertThat(directory.findUser(user.id()).orElseThrow().roles())
        .containsExactly(Role.SYSTEM_ADMINISTRATOR);
    assertThat(theirs.get("/admin").status()).isEqualTo(200);
  }

  @Test
  void anAdministratorCannotRemoveTheirOwnRoleOrDeactivateThemselves() {
    Page edit = browser.get("/admin/users/" + admin.id() + "/edit");
    Page refused = browser.submit(edit, editFields(edit, Map.of("roles", "PRACTITIONER")));
    assertThat(refused.fieldError("roles")).contains(message("admin.user.roles.ownAdministrator"));

    Page self = browser.get("/admin/users/" + admin.id());
    assertThat(self.document().select("form#deactivate")).isEmpty();
    browser.post(
        "/admin/users/" + admin.id() + "/deactivate", Map.of("_csrf", browser.csrfToken()));
    assertThat(directory.findUser(admin.id()).orElseThrow().active()).isTrue();
  }

  @Test
  void deactivatingEndsTheUsersSessionsAndReactivatingLetsThemBack() {
    TestUser user = users.create(Role.PRACTITIONER);
    Browser theirs = user.signIn(port);
    Page view = browser.get("/admin/users/" + user.id());

    Page done = browser.submit(view, "form#deactivate", Map.of());

    assertThat(done.location()).isEqualTo("/admin/users/" + user.id());
    assertThat(directory.findUser(user.id()).orElseThrow().active()).isFalse();
    assertThat(theirs.get("/account/password").location()).startsWith("/login");
    assertThat(audited.about(user.id().toString()))
        .anyMatch(e -> e.action() == AuditAction.CHANGE && "deactivated".equals(e.detail()));
    assertThat(browser.get("/admin/users").document().text())
        .contains(message("admin.status.inactive"));

    browser.submit(browser.get("/admin/users/" + user.id()), "form#activate", Map.of());
    assertThat(directory.findUser(user.id()).orElseThrow().active()).isTrue();
  }

  @Test
  void unlocksAnAccountAndAsksForItsSecondFactorToBeReset() {
    TestUser user = users.create(Role.PRACTITIONER);
    jdbc.sql(
            "UPDATE app_user SET failed_attempts = 10, locked_until = now() + interval '15 minutes',"
                + " partial_failures = 5, partial_locked_until = now() + interval '15 minutes'"
                + " WHERE id = ?")
        .param(user.id().value())
        .update();
    assertThat(browser.get("/admin/users").document().text())
        .contains(message("admin.status.locked"));

    browser.submit(browser.get("/admin/users/" + user.id()), "form#unlock", Map.of());
    Page noReason =
        browser.submit(
            browser.get("/admin/users/" + user.id()), "form#reset-second-factor", Map.of());
    assertThat(noReason.fieldError("reason")).contains(message("admin.user.reset.reason.required"));
    Page asked =
        browser.submit(
            browser.get("/admin/users/" + user.id()),
            "form#reset-second-factor",
            Map.of("reason", "Their phone was stolen; they rang from the office"));
    assertThat(asked.location()).isEqualTo("/admin/users/" + user.id());

    Map<String, Object> row =
        jdbc.sql(
                "SELECT failed_attempts, locked_until, partial_failures, partial_locked_until,"
                    + " totp_secret FROM app_user WHERE id = ?")
            .param(user.id().value())
            .query()
            .singleRow();
    assertThat(row.get("failed_attempts")).isEqualTo(0);
    assertThat(row.get("locked_until")).isNull();
    assertThat(row.get("partial_failures")).isEqualTo(0);
    assertThat(row.get("partial_locked_until")).isNull();
    assertThat(row.get("totp_secret")).as("reset only once an officer approves").isNotNull();
    Page view = browser.get("/admin/users/" + user.id());
    assertThat(view.document().select(".govuk-notification-banner").text())
        .contains(message("admin.user.reset.requested"));
    assertThat(view.document().select("#awaiting-reset").text())
        .contains("Their phone was stolen; they rang from the office");
    assertThat(view.document().select("form#reset-second-factor"))
        .as("one request at a time")
        .isEmpty();
    browser.post(
        "/admin/users/" + user.id() + "/reset-second-factor",
        Map.of("_csrf", browser.csrfToken(), "reason", "Asking a second time, just in case"));
    assertThat(
            browser
                .get("/admin/users/" + user.id())
                .document()
                .select(".govuk-error-summary")
                .text())
        .contains(message("admin.user.reset.alreadyWaiting"));
    assertThat(
            jdbc.sql("SELECT count(*) FROM sign_in_reset WHERE user_id = ?")
                .param(user.id().value())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(audited.all())
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.CREATE);
              assertThat(e.recordType()).isEqualTo("sign-in-reset");
              assertThat(e.reason()).isEqualTo("Their phone was stolen; they rang from the office");
            });
  }

  @Test
  void aPasswordForAnAccountWithNoAuthenticatorWaitsForAnOfficer() {
    TestUser user = users.createWithoutSecondFactor(Role.PRACTITIONER);
    Page view = browser.get("/admin/users/" + user.id());
    assertThat(view.document().select("form#reset-second-factor")).isEmpty();

    Page noReason =
        browser.submit(view, "form#set-password", Map.of("password", "heron quarry velvet lamp"));
    assertThat(noReason.fieldError("reason")).contains(message("admin.user.reset.reason.required"));
    Page asked =
        browser.submit(
            view,
            "form#set-password",
            Map.of(
                "password", "heron quarry velvet lamp",
                "reason", "Forgot the first password before signing in"));
    assertThat(asked.location()).isEqualTo("/admin/users/" + user.id());

    Browser theirs = new Browser(port);
    Page withAdminsPassword =
        theirs.submit(
            theirs.get("/login"),
            Map.of("username", user.username(), "password", "heron quarry velvet lamp"));
    assertThat(withAdminsPassword.isRedirect())
        .as("the new password does not work before approval")
        .isFalse();
    assertThat(
            jdbc.sql("SELECT password FROM sign_in_reset WHERE user_id = ? AND status = 'AWAITING'")
                .param(user.id().value())
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  @Test
  void addsAndRenamesAgenciesWithOptimisticLocking() {
    String name = "Riverside Academy " + unique();
    Page form = browser.get("/admin/agencies/new");
    Page created = browser.submit(form, Map.of("name", name, "kind", "EDUCATION"));
    assertThat(created.location()).isEqualTo("/admin/agencies");
    AgencyId id =
        directory.agencies().stream()
            .filter(a -> a.name().equals(name))
            .findFirst()
            .orElseThrow()
            .id();
    assertThat(audited.actionsAbout(id.toString())).contains(AuditAction.CREATE);

    Page duplicate =
        browser.submit(form, Map.of("name", name.toUpperCase(Locale.ROOT), "kind", "POLICE"));
    assertThat(duplicate.fieldError("name")).contains(message("admin.agency.name.taken"));
    Page invalid = browser.submit(form, Map.of("name", "n".repeat(300), "kind", "SPACESHIP"));
    assertThat(invalid.fieldError("name")).contains(message("admin.agency.name.tooLong"));
    assertThat(invalid.fieldError("kind")).contains(message("admin.agency.kind.required"));

    Page first = browser.get("/admin/agencies/" + id + "/edit");
    Page second = browser.get("/admin/agencies/" + id + "/edit");
    assertThat(
            browser
                .submit(first, Map.of("name", name + " renamed", "kind", "EDUCATION"))
                .location())
        .isEqualTo("/admin/agencies");
    Page stale = browser.submit(second, Map.of("name", name + " other", "kind", "HEALTH"));
    assertThat(stale.document().select("#stale").text()).contains(message("admin.agency.stale"));
    assertThat(directory.agencies()).anyMatch(a -> a.name().equals(name + " renamed"));
    assertThat(directory.agencies()).noneMatch(a -> a.name().equals(name + " other"));
  }

  @Test
  void dataProtectionOfficersAreToldOfNewAccountsAndOfNewLineManagers() {
    TestUser officer = users.create(Role.DATA_PROTECTION_OFFICER);
    TestUser keyWorker = users.create(Role.KEY_WORKER);
    String username = "escalate-" + unique();
    browser.submit(
        browser.get("/admin/users/new"),
        Map.of(
            "username", username,
            "displayName", "Pat Example",
            "agencyId", users.agency().toString(),
            "roles", "TEAM_MANAGER",
            "password", "heron quarry velvet lamp"));
    UserSummary created = directory.findUserByUsername(username).orElseThrow();
    Page edit = browser.get("/admin/users/" + keyWorker.id() + "/edit");
    Page saved =
        browser.submit(edit, editFields(edit, Map.of("managerId", created.id().toString())));
    assertThat(saved.isRedirect()).as(saved.body()).isTrue();
    assertThat(directory.findUser(keyWorker.id()).orElseThrow().managerId())
        .isEqualTo(created.id());

    var notices =
        jdbc.sql(
                "SELECT message FROM notification WHERE recipient_id = ? AND kind = ?"
                    + " ORDER BY created_at")
            .params(officer.id().value(), AccountChangeNotices.KIND)
            .query(String.class)
            .list();
    assertThat(notices).hasSize(2);
    assertThat(notices.get(0))
        .contains(admin.username() + " made a new account, " + username)
        .contains("Team manager");
    assertThat(notices.get(1))
        .contains(
            "changed the line manager of " + keyWorker.username() + " from nobody to " + username);
    Page list = officer.signIn(port).get("/notifications");
    assertThat(
            list.document().select("a[href=/audit?recordType=user&recordId=" + created.id() + "]"))
        .isNotEmpty();
    assertThat(audited.about(keyWorker.id().toString()))
        .anySatisfy(e -> assertThat(e.detail()).contains("data protection officer(s) told"));
  }

  /** The edit form's current values, with some replaced. */
  private static Map<String, String> editFields(Page page, Map<String, String> changes) {
    Map<String, String> fields = new HashMap<>();
    for (Element input :
        page.document().select("form[method=post] input[type=text], input[type=email]")) {
      fields.put(input.attr("name"), input.val());
    }
    for (Element select : page.document().select("form[method=post] select")) {
      Element chosen = select.selectFirst("option[selected]");
      fields.put(select.attr("name"), chosen == null ? "" : chosen.val());
    }
    Element role = page.document().selectFirst("input[name=roles][checked]");
    if (role != null) {
      fields.put("roles", role.val());
    }
    fields.putAll(changes);
    return fields;
  }

  private String message(String key) {
    return messages.getMessage(key, null, Locale.UK);
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
