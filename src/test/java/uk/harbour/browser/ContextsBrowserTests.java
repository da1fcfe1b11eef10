package uk.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Contexts in a real browser, every page checked with axe (WCAG 2.2 AA) by {@link BrowserSession}:
 * the contextual safeguarding lead reaches the demo world's context from the navigation, has
 * conference minutes naming a person refused with the error linked to the field, and records them
 * without; a key worker keeps a young person's peer map by initials, a name refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContextsBrowserTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void theLeadRecordsAConferenceWhoseMinutesNameNoChild() {
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("context.rahman");
      browser.leave(() -> browser.find("nav a[href='/contexts']").click());
      assertThat(browser.path()).isEqualTo("/contexts");
      browser.leave(
          () ->
              browser.driver().findElements(By.cssSelector("main a[href^='/contexts/']")).stream()
                  .filter(a -> a.getText().contains("Riverside shopping centre food court"))
                  .findFirst()
                  .orElseThrow()
                  .click());
      assertThat(browser.text("main h1")).isEqualTo("Riverside shopping centre food court");
      assertThat(browser.text("main")).contains("Context weighting").contains("Measures");
      browser.leave(() -> browser.find("main a[href$='/conferences/new']").click());
      browser.type("#heldOn", "3").type("#heldOn\\.month", "3").type("#heldOn\\.year", "2026");
      browser.find("#invitees").click();
      browser.type("#minutes", "Olivia and her friends were seen near the counters.");
      browser.type("#decisions", "Staff to be trained.");
      browser.submit("main form button[type=submit]");
      assertThat(browser.text(".govuk-error-summary")).contains("a name that could be a child’s");
      browser.find(".govuk-error-summary a[href='#minutes']");
      browser.type("#minutes", "Young people gather near the counters after school.");
      browser.submit("main form button[type=submit]");
      assertThat(browser.text("main")).contains("Context conference recorded");
    }
  }

  @Test
  void aKeyWorkerKeepsThePeerMapByInitials() {
    UUID kase =
        jdbc.sql(
                """
                SELECT c.id FROM cases c JOIN team_member t ON t.child_id = c.child_id
                  JOIN app_user u ON u.id = t.user_id
                 WHERE u.username = 'kw.jones' AND t.team_role = 'KEY_WORKER'
                 ORDER BY c.opened_at, c.id LIMIT 1
                """)
            .query(UUID.class)
            .single();
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("kw.jones");
      browser.open("/cases/" + kase);
      browser.leave(() -> browser.find("#case-links a[href$='/peer-map']").click());
      assertThat(browser.text("main h1")).isEqualTo("Peer map");
      browser.type("#initials", "Jo Bloggs");
      browser.find("#influence").click();
      browser.find("#reliability").click();
      browser.type("#safetyAction", "Walks home with them; part of the safety plan.");
      browser.submit("main form button[type=submit]");
      assertThat(browser.text(".govuk-error-summary")).contains("Enter initials only");
      browser.type("#initials", "KT");
      browser.submit("main form button[type=submit]");
      assertThat(browser.text("main")).contains("Added to the peer map");
      assertThat(browser.text("#peer-map")).contains("KT");
    }
  }
}
