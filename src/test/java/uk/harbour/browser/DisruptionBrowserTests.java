package uk.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.demo.DemoDisruption;
import uk.harbour.disruption.DisruptionFixture;
import uk.harbour.disruption.DisruptionId;
import uk.harbour.intelligence.EntityId;
import uk.harbour.testing.ActAs;

/**
 * Disruption in a real browser, every page checked with axe (WCAG 2.2 AA) by {@link
 * BrowserSession}: the intelligence officer records an activity against the demo world's "Deano" by
 * keyboard alone (Tab, typing, Space and Enter; no clicks), the language guide's findings show on
 * the activity's page, the lead officer (police.evans, a practitioner) reaches it from the
 * navigation and records its outcome and a breach, an administrator keeps the tactic catalogue, and
 * a key worker reads an order against one adult in their young person's plan but not in the young
 * person's own version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, DisruptionFixture.class})
class DisruptionBrowserTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired DisruptionFixture fixture;
  @Autowired DemoDisruption demo;
  @Autowired Directory directory;
  @Autowired Clock clock;

  @Test
  void anOfficerRecordsAnActivityAgainstDeanoByKeyboardAndTheLeadOfficerUpdatesIt() {
    String activity;
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("intel.patel");
      browser.open("/disruption");
      Keyboard keys = new Keyboard(browser);
      keys.enterOn("main a[href='/disruption/new']");
      assertThat(browser.path()).isEqualTo("/disruption/new");

      keys.tabTo("#kind").press(Keys.SPACE);
      keys.tabTo("#text").type("Deano");
      keys.enter();
      WebElement deano =
          browser.driver().findElements(By.cssSelector("main a[href^='/disruption/new/']")).stream()
              .filter(a -> a.getText().contains("Deano"))
              .findFirst()
              .orElseThrow();
      keys.tabTo(deano).enter();
      assertThat(browser.text("main .govuk-caption-l")).contains("Deano");

      keys.tabTo("#tacticId").type("Child abduction");
      assertThat(selected(browser, "#tacticId")).isEqualTo("Child abduction warning notice");
      keys.tabTo("#leadAgency").type("Northbridge Police");
      keys.tabTo("#leadOfficer").type("Tom Evans");
      assertThat(selected(browser, "#leadOfficer")).startsWith("Tom Evans");
      keys.tabTo("#proposed").replace("1").tab().replace("3").tab().replace("2026");
      keys.tab().type("2").tab().type("3").tab().type("2026");
      assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
          .isEqualTo("approved.year");
      keys.tabTo("#conditions")
          .type("Not to contact, meet or give lifts to the young people named in it.");
      keys.tabTo("main form button[type=submit]").enter();
      assertThat(browser.text(".govuk-error-summary"))
          .contains("Select yes if the victims' views were considered");
      assertThat(browser.find("#conditions").getAttribute("value"))
          .as("what was typed is kept")
          .startsWith("Not to contact");

      keys.tabTo("#victimsViewsConsidered").press(Keys.SPACE);
      keys.tabTo("#victimsViewsHow")
          .type("Asked through her key worker; she chose to go back to him, so it was not asked.");
      keys.tabTo("main form button[type=submit]").enter();
      assertThat(browser.text("main")).contains("Disruption activity recorded");
      assertThat(browser.text("#language-findings"))
          .contains("chose to go")
          .contains("How the victims' views were considered");
      assertThat(browser.text("main dl"))
          .contains("Child Abduction Act 1984")
          .contains("Lead officer Tom Evans")
          .contains("Date proposed 1 March 2026")
          .contains("Date approved 2 March 2026");
      activity = browser.path();
      assertThat(activity).matches("/disruption/[0-9a-f-]{36}");
    }

    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("police.evans");
      Keyboard keys = new Keyboard(browser);
      keys.enterOn("nav a[href='/disruption']");
      assertThat(browser.path()).isEqualTo("/disruption");
      assertThat(browser.text("main tr:has(a[href='" + activity + "'])"))
          .contains("Child abduction warning notice")
          .contains("Deano")
          .contains("Approved");
      keys.enterOn("main a[href='" + activity + "']");
      assertThat(browser.text("main h1")).isEqualTo("Child abduction warning notice");
      keys.enterOn("main a[href='" + activity + "/edit']");
      keys.tabTo("#served").type("9").tab().type("3").tab().type("2026");
      keys.tabTo("#outcome").type("Served");
      assertThat(selected(browser, "#outcome")).isEqualTo("Served or granted");
      keys.tabTo("#outcomeNotes").type("Served on him in person at the flat.");
      keys.tabTo("main form button[type=submit]").enter();
      assertThat(browser.path()).isEqualTo(activity);
      assertThat(browser.text("main")).contains("Disruption activity saved");
      assertThat(browser.text("main dl"))
          .contains("In force")
          .contains("Served on him in person at the flat.");

      keys.enterOn("main a[href='" + activity + "/breaches/new']");
      keys.tabTo("#occurredOn").type("20").tab().type("3").tab().type("2026");
      keys.tabTo("#whatHappened").type("Seen parked outside the school at home time.");
      keys.tabTo("#followed").press(Keys.SPACE);
      keys.tabTo("main form button[type=submit]").enter();
      assertThat(browser.path()).isEqualTo(activity);
      assertThat(browser.text("main table")).contains("Seen parked outside the school");
      assertThat(browser.driver().findElements(By.id("language-findings"))).isEmpty();
    }
  }

  @Test
  void anAdministratorKeepsTheTacticCatalogue() {
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("admin.hughes");
      browser.open("/admin/disruption-tactics");
      assertThat(browser.text("main table"))
          .contains("Sexual risk order")
          .contains("Sexual Offences Act 2003 section 122A")
          .contains("A chief officer of police");
      UUID order =
          jdbc.sql("SELECT id FROM disruption_tactic WHERE code = 'SEXUAL_RISK_ORDER'")
              .query(UUID.class)
              .single();
      browser.open("/admin/disruption-tactics/" + order);
      assertThat(browser.find("#legalBasis").getAttribute("value"))
          .isEqualTo("Sexual Offences Act 2003 section 122A");
      browser.open("/admin/disruption-tactics/new");
      browser.submit("main form[method=post] button[type=submit]");
      assertThat(browser.text(".govuk-error-summary")).contains("Enter the tactic's name");
    }
  }

  @Test
  void anOrderAgainstOneAdultShowsInTheChildsPlanAndNotInTheYoungPersonsVersion() {
    DisruptionFixture.Young ash = fixture.child("kw.jones", "Ashby");
    DisruptionFixture.Young bea = fixture.child("kw.ahmed", "Bethan");
    String label = "Deano " + UUID.randomUUID().toString().substring(0, 6);
    EntityId adult = fixture.entity("PERSON", label, ash.child(), bea.child());
    DisruptionId order =
        demo.seed(
            adult,
            List.of(ash.child(), bea.child()),
            directory.findUserByUsername("police.evans").orElseThrow().id(),
            clock);
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("kw.jones");
      String plan = "/cases/" + ash.kase() + "/plan";
      browser.open(plan);
      assertThat(browser.find("main a[href='/disruption/" + order + "']").getText())
          .isEqualTo("Sexual risk order");
      assertThat(browser.text("main")).contains(label).contains("In force");
      browser.open(plan + "/young-person");
      assertThat(browser.text("main")).doesNotContain(label).doesNotContain("Sexual risk order");
      browser.open("/disruption/" + order);
      assertThat(browser.text("main")).contains(ash.name()).contains("A child you cannot see");
      assertThat(browser.text("main")).doesNotContain(bea.name());
    }
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("kw.ahmed");
      browser.open("/cases/" + bea.kase() + "/plan");
      assertThat(browser.find("main a[href='/disruption/" + order + "']").getText())
          .isEqualTo("Sexual risk order");
    }
  }

  private static String selected(BrowserSession browser, String css) {
    return new Select(browser.find(css)).getFirstSelectedOption().getText();
  }

  /**
   * Works a page by keyboard alone: Tab moves the focus to a field (failing if the field cannot be
   * reached that way), keys are typed where the focus is, and Enter follows a link or sends a form,
   * after which the next page is checked with axe.
   */
  static final class Keyboard {

    private final BrowserSession browser;
    private final WebDriver driver;

    Keyboard(BrowserSession browser) {
      this.browser = browser;
      this.driver = browser.driver();
    }

    Keyboard tabTo(String css) {
      return tabTo(browser.find(css));
    }

    Keyboard tabTo(WebElement target) {
      for (int i = 0; i < 250; i++) {
        if (target.equals(driver.switchTo().activeElement())) {
          return this;
        }
        new Actions(driver).sendKeys(Keys.TAB).perform();
      }
      return fail("Tab never reached %s", target);
    }

    Keyboard tab() {
      return press(Keys.TAB);
    }

    Keyboard press(CharSequence key) {
      new Actions(driver).sendKeys(key).perform();
      return this;
    }

    /** Deletes what the focused field holds (End, then Backspace) and types {@code text}. */
    Keyboard replace(String text) {
      String held = driver.switchTo().activeElement().getAttribute("value");
      press(Keys.END);
      for (int i = 0; i < (held == null ? 0 : held.length()); i++) {
        press(Keys.BACK_SPACE);
      }
      return type(text);
    }

    Keyboard type(String text) {
      new Actions(driver).sendKeys(text).perform();
      return this;
    }

    /** Tabs to the link or button and presses Enter. */
    void enterOn(String css) {
      tabTo(css).enter();
    }

    /** Presses Enter where the focus is, waits for the next page and checks it. */
    void enter() {
      browser.leave(() -> press(Keys.ENTER));
    }
  }
}
