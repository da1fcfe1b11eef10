package uk.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The key worker's journey through a case in a real browser: from the child's record to the case,
 * the chronology, the young person's voice and the young person's page. Every page is checked with
 * axe (WCAG 2.2 AA) by {@link BrowserSession}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseBrowserTests {

  static final String BUTTON = "main form[method=post] button";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void aKeyWorkerWorksTheirCase() {
    UUID child =
        jdbc.sql(
                "SELECT c.child_id FROM cases c JOIN child_key_worker k ON k.child_id = c.child_id"
                    + " JOIN app_user u ON u.id = k.user_id"
                    + " WHERE u.username = 'kw.jones' AND c.status = 'OPEN'"
                    // a demo case: other tests open cases for kw.jones too, some on earlier clocks
                    + " AND EXISTS (SELECT 1 FROM chronology_entry e WHERE e.case_id = c.id"
                    + " AND e.summary LIKE '%grey car%')"
                    + " ORDER BY c.opened_at LIMIT 1")
            .query(UUID.class)
            .single();
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("kw.jones");
      browser.open("/children/" + child);
      browser.submit("main a[href^='/cases/']");
      assertThat(browser.path()).matches("/cases/[0-9a-f-]{36}");
      assertThat(browser.text("#key-worker")).contains("Rhys Jones");

      browser.submit("#case-links a[href$='/chronology']");
      assertThat(browser.text("#chronology")).contains("grey car");
      browser.submit("main a[href$='/chronology/new']");
      browser.submit(BUTTON);
      assertThat(browser.text(".govuk-error-summary")).contains("Enter when it happened");
      browser.type("#occurred", "2").type("#occurredMonth", "3").type("#occurredYear", "2026");
      browser.type("#whatHappened", "Met at the library. Talked about college courses.");
      browser.find("label[for=significance]").click();
      browser.submit(BUTTON);
      assertThat(browser.text(".govuk-notification-banner")).contains("added to the chronology");
      assertThat(browser.text("#chronology")).contains("college courses");

      browser.open(browser.path().replace("/chronology", "/voice"));
      browser.submit("main a[href$='/voice/new']");
      browser.type("#theirWords", "I want to go to college with my friend Amy.");
      browser.type("#said", "2").type("#saidMonth", "3").type("#saidYear", "2026");
      browser.find("label[for=howGathered]").click();
      browser.find("label[for=consentToRecord]").click();
      browser.find("label[for=consentToShare]").click();
      browser.type("#safetyRating", "7");
      browser.submit(BUTTON);
      assertThat(browser.text("main")).contains("college with my friend Amy");
      assertThat(browser.text("#safety-over-time")).contains("7 out of 10 (their view)");

      browser.open(browser.path().replace("/voice", "/young-person"));
      browser.submit("main a[href$='/relationships/new']");
      browser.find("label[for=kind]").click();
      browser.type("#name", "Amy");
      browser.find("label[for=closeness]").click();
      browser.submit(BUTTON);
      assertThat(browser.text("#eco-map-text")).contains("Amy: Family. Strong.");
      assertThat(browser.checkedPages()).hasSizeGreaterThan(8);
    }
  }

  @Test
  void aManagerSeesCaseloadsAndTheAllocationAndStatusForms() {
    UUID caseId =
        jdbc.sql(
                "SELECT c.id FROM cases c JOIN child_key_worker k ON k.child_id = c.child_id"
                    + " JOIN app_user u ON u.id = k.user_id"
                    + " WHERE u.username = 'sw.taylor' AND c.status = 'OPEN'"
                    + " ORDER BY c.opened_at LIMIT 1")
            .query(UUID.class)
            .single();
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("manager.okafor");
      browser.submit("nav a[href='/cases/manager']");
      assertThat(browser.text("#caseloads")).contains("Priya Taylor");
      browser.open("/cases/" + caseId);
      browser.submit("#case-summary a[href$='/allocate']");
      browser.submit(BUTTON);
      assertThat(browser.text(".govuk-error-summary"))
          .contains("Select a key worker")
          .contains("Enter why the key worker is changing");
      browser.open("/cases/" + caseId + "/status");
      browser.submit(BUTTON);
      assertThat(browser.text(".govuk-error-summary")).contains("Enter the reason");
      browser.open("/cases/" + caseId + "/chronology/print");
      assertThat(browser.text("main h1")).startsWith("Chronology for");
    }
  }
}
