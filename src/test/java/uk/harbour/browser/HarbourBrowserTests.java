package uk.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Role;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;
import uk.harbour.testing.TestUsers;

/**
 * A real browser (Debian's Chromium) through Harbour's pages: sign-in with password and code,
 * need-to-know refusals, break-glass, a stale edit, and an accessibility check on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HarbourBrowserTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Directory directory;

  @Test
  void signInWithPasswordAndCodeThenSignOut() {
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("kw.jones");
      assertThat(browser.path()).isEqualTo("/");
      assertThat(browser.find("body").getText()).contains("Rhys Jones");
      browser.open("/children");
      assertThat(browser.find("table").getText()).contains("HBR-");
      browser.submit("form[action='/logout'] button");
      assertThat(browser.path()).startsWith("/login");
      browser.open("/children");
      assertThat(browser.path()).startsWith("/login");
    }
  }

  @Test
  void wrongPasswordShowsTheSameMessageAsAnUnknownUser() {
    try (BrowserSession browser = new BrowserSession(port)) {
      browser
          .open("/login")
          .type("#username", "kw.jones")
          .type("#password", "not the password at all");
      browser.submit("main form[method=post] button[type=submit]");
      String wrongPassword = browser.text(".govuk-error-summary");
      browser.type("#username", "nobody.here").type("#password", "not the password at all");
      browser.submit("main form[method=post] button[type=submit]");
      assertThat(browser.text(".govuk-error-summary")).isEqualTo(wrongPassword);
    }
  }

  @Test
  void anOutsiderIsToldTheRecordDoesNotExistAndTheAttemptIsAudited() {
    String child = childOfKeyWorker("kw.jones", "school.green");
    long before = denials("school.green", child);
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("school.green");
      browser.open("/children/" + child);
      assertThat(browser.find("h1").getText()).containsIgnoringCase("not found");
      assertThat(browser.find("main").getText()).doesNotContain("HBR-");
    }
    assertThat(denials("school.green", child)).isEqualTo(before + 1);
  }

  @Test
  void breakGlassGivesAccessAfterAReasonAndTellsTheKeyWorker() {
    String child = childOfKeyWorker("kw.ahmed", "youth.mensah");
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("youth.mensah");
      browser.open("/children/" + child);
      browser.submit("main a[href$='/break-glass']");
      assertThat(browser.path()).isEqualTo("/children/" + child + "/break-glass");
      browser.type("#reason", "too short");
      browser.submit("main form[method=post] button[type=submit]");
      assertThat(browser.text(".govuk-error-summary")).contains("at least 20 characters");
      browser.type("#reason", "Child reported missing tonight; I need their contacts and school");
      browser.submit("main form[method=post] button[type=submit]");
      assertThat(browser.path()).isEqualTo("/children/" + child);
      assertThat(browser.find("main").getText()).contains("emergency access until");
    }
    try (BrowserSession keyWorker = new BrowserSession(port)) {
      keyWorker.signIn("kw.ahmed");
      assertThat(keyWorker.text(".harbour-nav-count")).endsWith("new");
      keyWorker.open("/notifications");
      assertThat(keyWorker.find("main").getText())
          .contains("Kofi Mensah")
          .contains("emergency access");
      keyWorker.open("/children/" + child + "/access-log");
      assertThat(keyWorker.find("main").getText())
          .contains("Kofi Mensah")
          .doesNotContain("youth.mensah")
          .contains("Used emergency access");
    }
    try (BrowserSession dpo = new BrowserSession(port)) {
      dpo.signIn("dpo.fraser");
      dpo.open("/break-glass/reviews");
      assertThat(dpo.find("main").getText()).contains("Kofi Mensah");
      dpo.open("/audit");
    }
  }

  @Test
  void aStaleEditTellsTheUserWhoChangedTheRecordAndKeepsTheirChange() {
    String child = childOfKeyWorker("sw.taylor", null);
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("sw.taylor");
      browser.open("/children/" + child + "/edit");
      Browser manager = Demo.signIn(port, "manager.okafor");
      Page theirs = manager.get("/children/" + child + "/edit");
      Page saved =
          manager.submitAsShown(
              theirs, "main form[method=post]", Map.of("school", "Northbridge College"));
      assertThat(saved.isRedirect()).isTrue();

      browser.type("#school", "Millbrook Primary School");
      browser.submit("main form[method=post] button[type=submit]");
      assertThat(browser.find("main").getText())
          .contains("Grace Okafor")
          .contains("Your changes have not been saved");
      assertThat(browser.find("#school").getAttribute("value"))
          .isEqualTo("Millbrook Primary School");
    }
    String school =
        jdbc.sql("SELECT school FROM child WHERE id = ?::uuid")
            .param(child)
            .query(String.class)
            .single();
    assertThat(school).isEqualTo("Northbridge College");
  }

  @Test
  void everyMainPageIsAccessible() {
    String child = childOfKeyWorker("kw.jones", null);
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("kw.jones");
      browser.open("/children/new");
      browser.submit("main form[method=post] button[type=submit]");
      assertThat(browser.find(".govuk-error-summary").isDisplayed()).isTrue();
      browser.open("/children/" + child);
      browser.open("/children/" + child + "/team");
      browser.open("/children/" + child + "/access-log");
      browser.open("/account/password");
      browser.open("/notifications");
      browser.open("/no-such-page");
    }
    var newcomer = new TestUsers(directory).create(Role.PRACTITIONER);
    jdbc.sql("UPDATE app_user SET must_change_password = TRUE WHERE id = ?")
        .param(newcomer.id().value())
        .update();
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn(newcomer.username(), newcomer.password(), newcomer.totpSecret());
      assertThat(browser.path()).startsWith("/account/password");
      assertThat(browser.find(".govuk-notification-banner").isDisplayed()).isTrue();
    }
    try (BrowserSession admin = new BrowserSession(port)) {
      admin.signIn("admin.hughes");
      admin.open("/admin/users/" + newcomer.id());
      admin.open("/admin/users");
      admin.open("/admin/users/new");
      admin.open("/admin/agencies");
    }
  }

  private String childOfKeyWorker(String keyWorker, String notInTeam) {
    return jdbc.sql(
            """
            SELECT t.child_id FROM team_member t JOIN app_user u ON u.id = t.user_id
             WHERE u.username = ? AND t.team_role = 'KEY_WORKER'
               AND NOT EXISTS (SELECT 1 FROM team_member o JOIN app_user ou ON ou.id = o.user_id
                                WHERE o.child_id = t.child_id AND ou.username = ?)
               AND NOT EXISTS (SELECT 1 FROM break_glass b WHERE b.child_id = t.child_id)
             ORDER BY t.child_id DESC LIMIT 1
            """)
        .params(keyWorker, notInTeam == null ? "" : notInTeam)
        .query(UUID.class)
        .single()
        .toString();
  }

  private long denials(String username, String child) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_event WHERE username = ? AND action = 'ACCESS_DENIED'"
                + " AND record_id = ?")
        .params(username, child)
        .query(Long.class)
        .single();
  }
}
