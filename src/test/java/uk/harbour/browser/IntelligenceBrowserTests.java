package uk.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Partner intelligence in a real browser, every page checked with axe (WCAG 2.2 AA): a youth worker
 * submits what they know, the intelligence officer assesses it and confirms the adult is one
 * already in the registers, and the analyst reads the network of the demo world's "Deano", whose
 * drawing can be worked by keyboard beside its table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IntelligenceBrowserTests {

  static final String SUBMIT = "main form[method=post] button[value=submit]";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void aYouthWorkersIntelligenceIsAssessedAndJoinsTheAdultAlreadyKnown() {
    String path;
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("youth.mensah");
      browser.open("/intelligence");
      browser.open("/intelligence/new");
      browser.type("#whatKnown", "An adult called Deano offers lifts from the park to Mill Court.");
      browser.find("label[for=howKnown-2]").click();
      browser.type("[id='items[0].nickname']", "Deano");
      browser.type("[id='items[0].approxAge']", "25");
      browser.type("[id='items[1].plate']", "kx17 rbc");
      browser.submit(SUBMIT);
      assertThat(browser.text("main")).contains("Intelligence received").contains("INT-");
      path = browser.path();
    }
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("intel.patel");
      browser.open("/intelligence/queue");
      browser.open(path);
      browser.submit("main a[href$='/triage']");
      assertThat(browser.text("main")).contains("Deano");
      for (WebElement group :
          browser.driver().findElements(By.cssSelector("input[name^=resolutions]:first-of-type"))) {
        group.findElement(By.xpath("following-sibling::label")).click();
      }
      browser.find("label[for=sourceEvaluation-2]").click();
      browser.find("label[for=intelligenceAssessment-3]").click();
      browser.find("label[for=handling]").click();
      browser.find("label[for=outcome]").click();
      browser.type("#reasons", "Fits what the school told us");
      browser.find("label[for=share-2]").click();
      browser.find("label[for=lawfulBasis-2]").click();
      browser.type("#why", "Nothing new to share yet");
      browser.submit("main form[method=post] button");
      assertThat(browser.text(".govuk-notification-banner")).contains("decision has been recorded");
    }
  }

  @Test
  void theAnalystReadsTheNetworkOfAnAdultLinkedToTwoChildrenByKeyboard() {
    UUID deano =
        jdbc.sql(
                "SELECT id FROM intel_entity WHERE nickname = 'Deano' AND created_by_name ="
                    + " 'Lena Patel' ORDER BY created_at LIMIT 1")
            .query(UUID.class)
            .single();
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("analyst.novak");
      browser.open("/intelligence/entities/" + deano);
      assertThat(browser.text("main h1")).contains("Deano");
      assertThat(browser.text("main table:last-of-type")).contains("KX17").contains("Mill Court");
      WebElement firstNode = browser.find("svg.harbour-network a");
      firstNode.sendKeys(Keys.ENTER);
      browser.check();
      assertThat(browser.path())
          .startsWith("/intelligence/entities/")
          .doesNotContain(deano.toString());
    }
  }

  @Test
  void aKeyWorkerSeesTheirYoungPersonsLinksAndOnlyThatAnotherChildIsLinked() {
    UUID child =
        jdbc.sql(
                """
                SELECT l.to_id FROM intel_link l JOIN team_member t ON t.child_id = l.to_id
                  JOIN app_user u ON u.id = t.user_id
                 WHERE l.to_kind = 'CHILD' AND u.username = 'kw.jones'
                   AND t.team_role = 'KEY_WORKER' LIMIT 1
                """)
            .query(UUID.class)
            .single();
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("kw.jones");
      browser.open("/notifications");
      browser.open("/intelligence/children/" + child);
      assertThat(browser.text("main")).contains("Deano").contains("A child you cannot see");
    }
  }

  @Test
  void theAnalystPagesThroughABigNetworkAndTheOfficerRecordsADualIdentity() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    var child =
        jdbc.sql(
                """
                SELECT t.child_id, c.reference FROM team_member t
                  JOIN app_user u ON u.id = t.user_id JOIN child c ON c.id = t.child_id
                 WHERE u.username = 'kw.jones' AND t.team_role = 'KEY_WORKER' LIMIT 1
                """)
            .query()
            .singleRow();
    UUID hub = uk.harbour.testing.TestNetworks.hub(jdbc, tag, 60, (UUID) child.get("child_id"));
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("analyst.novak");
      browser.open("/intelligence/entities/" + hub);
      assertThat(browser.text("main")).contains("Page 1 of 2").contains("3 vehicles");
      browser.find("nav.govuk-pagination a[rel=next]").sendKeys(Keys.ENTER);
      browser.check();
      assertThat(browser.text("main")).contains("Page 2 of 2").contains("Adult " + tag + " 59");
    }
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("intel.patel");
      browser.open("/intelligence/entities/" + hub);
      browser.find("main a[href$='/child']").sendKeys(Keys.ENTER);
      browser.check();
      browser.submit("main form:has(input[value=record]) button");
      assertThat(browser.text(".govuk-error-summary")).contains("Enter the child");
      browser.type("#childReference", (String) child.get("reference"));
      browser.type("#reasons", "The school says he brings younger pupils to the adult");
      browser.submit("main form:has(input[value=record]) button");
      assertThat(browser.text("#dual-identity")).contains("still a child at risk");
    }
  }
}
