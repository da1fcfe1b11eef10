package uk.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.assessment.CaseFixture;
import uk.harbour.testing.ActAs;

/**
 * The key worker's journey in a real browser, on one case: the case, a voice entry, the assessment,
 * the plan and a review. Every page on the way is checked with axe (WCAG 2.2 AA) by {@link
 * BrowserSession}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixture.class})
class CasePlanBrowserTests {

  static final String BUTTON = "main form[method=post] button";

  @LocalServerPort int port;
  @Autowired CaseFixture fixture;

  @Test
  void aKeyWorkerWalksTheirCaseFromTheYoungPersonsVoiceToAPlanReview() {
    CaseId id = fixture.newCase("Robin");
    String base = "/cases/" + id;
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("kw.jones");
      browser.open("/cases/due");
      assertThat(browser.text("#young-people ~ table")).contains("Robin Fixture");

      browser.open(base);
      assertThat(browser.text("main h1")).contains("Robin");
      browser.open(base + "/voice/new");
      browser.type("#theirWords", "I feel safer when I know who to call.");
      browser.type("#said", "2").type("#saidMonth", "3").type("#saidYear", "2026");
      browser.find("label[for=howGathered]").click();
      browser.find("label[for=consentToRecord]").click();
      browser.find("label[for=consentToShare]").click();
      browser.submit(BUTTON);
      assertThat(browser.text("main")).contains("I feel safer when I know who to call.");

      browser.open(base + "/assessment");
      browser.submit("main a[href$='/assessment/edit']");
      browser.type("[id='text[NEEDS]']", "Someone to trust and a safe way home after school.");
      browser.type("[id='observations[GOING_MISSING]']", "Came home late with a new phone.");
      browser.find("label[for=levelOfResponse-4]").click();
      browser.type("[id='text[LEVEL_REASONS]']", "Adults outside the family are involved.");
      browser.submit(BUTTON);
      assertThat(browser.text(".govuk-notification-banner")).contains("assessment has been saved");
      browser.submit("main form[action$='/submit'] button");
      assertThat(browser.text(".govuk-notification-banner")).contains("submitted");
      browser.submit("main a[href$='/assessment/compare']");
      assertThat(browser.text("main h1")).contains("Compare");
      browser.open(base + "/assessment/summary");

      browser.open(base + "/plan");
      browser.submit("main a[href$='/plan/edit']");
      browser.type("[id='text[DISRUPTION]']", "Police will act against the adults giving lifts.");
      browser.type("[id='text[YOUNG_PERSON_VERSION]']", "Everyone is working to keep you safe.");
      browser.submit(BUTTON);
      browser.submit("main form[action$='/finalise'] button");
      assertThat(browser.text(".govuk-error-summary")).contains("Add at least one action");

      browser.open(base + "/plan/actions/new?section=DISRUPTION");
      browser.type("#what", "Serve a warning notice on the driver");
      browser.type("#ownerName", "PC Evans");
      browser.find("#ownerAgency option:nth-child(2)").click();
      browser.type("#dueDate", "1").type("#dueDate\\.month", "6").type("#dueDate\\.year", "2030");
      browser.submit(BUTTON);
      assertThat(browser.text("main")).contains("Serve a warning notice on the driver");

      browser.open(base + "/plan/measures/new");
      browser.type("#name", "Nights missing in the last month");
      browser.submit(BUTTON);
      browser.open(base + "/plan/measures/record");
      browser
          .type("#recordedOn", "1")
          .type("#recordedOn\\.month", "3")
          .type("#recordedOn\\.year", "2026");
      browser.type("#value", "2");
      browser.submit(BUTTON);

      browser.open(base + "/plan/reviews/new");
      browser.type("#heldOn", "2").type("#heldOn\\.month", "3").type("#heldOn\\.year", "2026");
      browser.type("[id='attendees[0].name']", "Rhys Jones");
      browser.find("[id='attendees[0].agency'] option:nth-child(2)").click();
      browser.type("[id='attendees[0].role']", "Key worker");
      browser.submit("main form[method=post] button[name=addAttendee]");
      browser.type("[id='attendees[3].name']", "Tom Evans");
      browser.find("[id='attendees[3].agency'] option:nth-child(3)").click();
      browser.type("[id='attendees[3].role']", "CSE officer");
      browser.find("label[for=youngPersonPart]").click();
      browser.find("label[for=familyPart-2]").click();
      browser.type("#decisions", "Police to serve the notice this week.");
      browser.submit("main form[method=post] button:not([name])");
      assertThat(browser.text("#reviews ~ dl")).contains("Police to serve the notice");

      browser.submit("main form[action$='/finalise'] button");
      assertThat(browser.text(".govuk-notification-banner")).contains("finalised");

      browser.open(base + "/plan/young-person");
      browser.type("#comment", "I want to know who to call.");
      browser.submit(BUTTON);
      assertThat(browser.text("main")).contains("I want to know who to call.");
      assertThat(browser.checkedPages()).hasSizeGreaterThan(15);
    }
  }
}
