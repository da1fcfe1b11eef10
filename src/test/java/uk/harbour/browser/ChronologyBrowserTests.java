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
 * Putting a chronology straight in a real browser: words checked before an entry is saved, a
 * correction, a withdrawal and a note on an automatic entry, and the print view. Every page is
 * checked with axe (WCAG 2.2 AA) by {@link BrowserSession}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ChronologyBrowserTests {

  static final String BUTTON = "main form[method=post] button";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void aKeyWorkerChecksTheirWordsThenCorrectsWithdrawsAndAddsANote() {
    UUID caseId =
        jdbc.sql(
                "SELECT c.id FROM cases c JOIN child_key_worker k ON k.child_id = c.child_id"
                    + " JOIN app_user u ON u.id = k.user_id"
                    + " WHERE u.username = 'kw.jones' AND c.status = 'OPEN'"
                    + " ORDER BY c.opened_at DESC LIMIT 1")
            .query(UUID.class)
            .single();
    String base = "/cases/" + caseId + "/chronology";
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("kw.jones");
      browser.open(base + "/new");
      browser.type("#occurred", "2").type("#occurredMonth", "3").type("#occurredYear", "2026");
      browser.type(
          "#whatHappened", "Seen with her boyfriend, a 30-year-old man, at the bus station.");
      browser.find("label[for=significance]").click();
      browser.submit(BUTTON);
      assertThat(browser.text("#check-words"))
          .contains("boyfriend")
          .contains("Nothing has been saved");
      browser.type("#whatHappened", "Seen with Dean, a 30-year-old man, at the bus station.");
      browser.submit(BUTTON);
      assertThat(browser.text(".govuk-notification-banner")).contains("added to the chronology");

      UUID entry = entry(caseId, "Seen with Dean, a 30-year-old man, at the bus station.");
      String row = "#chronology tr[data-entry='" + entry + "'] ";
      browser.submit(row + "a[href$='/correct']");
      browser.type("#whatHappened", "Seen with Dean, a 30-year-old man, at the railway station.");
      browser.type("#reason", "The school said it was the railway station");
      browser.submit(BUTTON);
      assertThat(browser.text(row + ".chronology-corrected")).contains("The school said");

      browser.submit(row + "a[href$='/withdraw']");
      browser.type("#reason", "Written on the wrong young person's chronology");
      browser.submit(BUTTON);
      assertThat(browser.text(row + ".chronology-withdrawn"))
          .contains("Withdrawn on")
          .contains("wrong young person");

      UUID opened =
          jdbc.sql(
                  "SELECT id FROM chronology_entry WHERE case_id = ? AND kind = 'CASE_OPENED'"
                      + " LIMIT 1")
              .param(caseId)
              .query(UUID.class)
              .single();
      String openedRow = "#chronology tr[data-entry='" + opened + "'] ";
      browser.open(base + "?kind=CASE_OPENED");
      browser.submit(openedRow + "a[href$='/note']");
      browser.type("#text", "Opened after her school called on a Friday afternoon.");
      browser.submit(BUTTON);
      browser.open(base + "?kind=CASE_OPENED");
      assertThat(browser.text(openedRow + ".chronology-note")).contains("school called");

      browser.open(base + "/print");
      assertThat(browser.text("#chronology-order")).contains("oldest first");
      assertThat(browser.checkedPages()).hasSizeGreaterThan(8);
    }
  }

  private UUID entry(UUID caseId, String summary) {
    return jdbc.sql("SELECT id FROM chronology_entry WHERE case_id = ? AND summary = ?")
        .params(caseId, summary)
        .query(UUID.class)
        .single();
  }
}
