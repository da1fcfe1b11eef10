package uk.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Raising a concern, reporting as a member of the public and screening, in a real browser. Every
 * page on the way is checked with axe (WCAG 2.2 AA) by {@link BrowserSession}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IntakeBrowserTests {

  static final String BUTTON = "main form[method=post] button";

  @LocalServerPort int port;

  @Test
  void aPractitionerRaisesAConcernSavingADraftOnTheWay() {
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("health.walsh");
      browser.submit("nav a[href='/concerns/new']");
      assertThat(browser.text("main .govuk-warning-text")).contains("call 999");
      browser.type("#child\\.firstName", "Mia").type("#child\\.otherNames", "Mimi");
      browser.type(
          "#whatHappened",
          "Mia said an older man drives her to parties at a flat on Canal Street.");
      browser.type("[id='people[0].names']", "Dean");
      browser.submit(BUTTON + "[value=add-people]");
      assertThat(browser.driver().findElements(By.cssSelector("input[name$='.names']"))).hasSize(3);
      assertThat(browser.find("[id='people[0].names']").getAttribute("value")).isEqualTo("Dean");
      browser.submit(BUTTON + "[value=save]");
      assertThat(browser.path()).matches("/concerns/[0-9a-f-]{36}/edit");
      assertThat(browser.text(".govuk-notification-banner")).contains("draft has been saved");

      browser.submit(BUTTON + "[value=check]");
      assertThat(browser.text(".govuk-error-summary")).contains("Select how you know this");
      browser.find("label[for=informationSource-2]").click();
      browser.find("label[for=reliability-2]").click();
      browser.submit(BUTTON + "[value=check]");
      assertThat(browser.path()).endsWith("/check");
      assertThat(browser.text("main"))
          .contains("Canal Street")
          .contains("The child or young person told me");
      browser.submit(BUTTON);
      assertThat(browser.path()).endsWith("/submitted");
      assertThat(browser.text(".govuk-panel__body")).containsPattern("CON-\\d{4}-\\d{6}");
      browser.submit("main a[href$='/concerns']");
      assertThat(browser.text("main table")).contains("Awaiting screening");
      browser.submit("main table a");
      assertThat(browser.text("main h1")).startsWith("CON-");
    }
  }

  @Test
  void aMemberOfThePublicReportsFromTheSignInPageAndScreeningDecides() {
    String reference;
    try (BrowserSession visitor = new BrowserSession(port)) {
      visitor.open("/login");
      visitor.submit("main a[href='/report']");
      assertThat(visitor.path()).isEqualTo("/report");
      visitor.submit(BUTTON);
      assertThat(visitor.text(".govuk-error-summary")).contains("Tell us what you saw or heard");
      visitor.type(
          "#whatHappened", "A girl in school uniform was led into the Station Hotel by two men.");
      visitor.find("label[for=dangerNow-3]").click();
      visitor.type("#happenedWhere", "Station Hotel, Northbridge");
      visitor.submit(BUTTON);
      assertThat(visitor.path()).isEqualTo("/report/sent");
      reference = visitor.text(".govuk-panel__body strong");
      // A random reference that says nothing about how many reports came before it.
      assertThat(reference).matches("[34679ACDEFGHJKMNPRTVWXY-]{13}").doesNotContain("CON-");
    }
    String internal;
    try (BrowserSession officer = new BrowserSession(port)) {
      officer.signIn("screening.lee");
      officer.submit("nav a[href='/screening']");
      // The reporter reads their reference out on the phone; the officer finds the report by it.
      officer.type("#reference", reference.toLowerCase(java.util.Locale.UK).replace("-", " "));
      officer.submit("main form[action$='/screening/find'] button");
      internal = officer.text("main h1");
      assertThat(internal).startsWith("CON-");
      assertThat(officer.text("main"))
          .contains("Reporter\u2019s reference: " + reference)
          .contains("Station Hotel")
          .contains("Children who may match");
      officer.submit("main a[href$='/new-child']");
      officer.submit(BUTTON);
      assertThat(officer.text(".govuk-error-summary")).contains("Enter the child's first name");
      officer.type("#child\\.firstName", "Unnamed").type("#child\\.lastName", "Station Hotel girl");
      officer.type("#child\\.approximateAge", "13");
      officer.find("label[for='child.sex']").click();
      officer.submit(BUTTON);
      assertThat(officer.text(".govuk-notification-banner")).contains("New record HBR-");
      officer.find("label[for=outcome-5]").click();
      officer.type(
          "#reasons", "Hotel used by adults of concern; strategy discussion with police today.");
      officer.submit("main form[action$='/decision'] button");
      assertThat(officer.path()).isEqualTo("/screening");
      assertThat(officer.text(".govuk-notification-banner"))
          .contains("Decision recorded for " + internal);
      assertThat(officer.text("main")).contains("Strategy discussion needed now");
    }
  }
}
