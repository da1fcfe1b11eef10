package uk.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.missing.MissingFixture;
import uk.harbour.shared.DisplayDates;
import uk.harbour.testing.ActAs;

/**
 * Missing episodes in a real browser, every page checked with axe (WCAG 2.2 AA) by {@link
 * BrowserSession}: the key worker reaches the child's missing episodes from the child's record,
 * records an episode (first seeing the error summary linked to the field), records the return with
 * where and with whom the young person was found, and the return interview coordinator, from the
 * navigation, records the interview as held with part of the young person's words agreed to share,
 * and is offered to submit it as intelligence.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, MissingFixture.class})
class MissingBrowserTests {

  @LocalServerPort int port;
  @Autowired MissingFixture fixture;

  @Test
  void aKeyWorkerRecordsAnEpisodeAndTheReturnAndTheCoordinatorRecordsTheInterview() {
    MissingFixture.Young mia = fixture.child("kw.jones", "Mia");
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    ZonedDateTime left = now.minus(Duration.ofDays(2)).atZone(DisplayDates.ZONE);
    ZonedDateTime back = now.minus(Duration.ofDays(1)).atZone(DisplayDates.ZONE);
    String episode;
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("kw.jones");
      browser.open("/children/" + mia.child());
      browser.submit("main a[href='/missing/children/" + mia.child() + "']");
      assertThat(browser.text("main h1")).isEqualTo("Missing episodes");
      browser.submit("main a[href$='/episodes/new']");

      browser.find("#kind").click();
      browser.find("#reportedToPolice").click();
      browser.submit("main form button[type=submit]");
      assertThat(browser.text(".govuk-error-summary"))
          .contains("Enter when they left or when they were last seen");
      assertThat(browser.find(".govuk-error-summary a[href='#left']").getText())
          .contains("Enter when they left");

      dateAndTime(browser, "left", left);
      browser.type("#policeReference", "NB-MIS-0999");
      browser.find("#policeRiskGrade-3").click();
      browser.submit("main form button[type=submit]");
      assertThat(browser.text("main")).contains("Missing episode recorded");
      assertThat(browser.text("main dl")).contains("Missing or away now").contains("NB-MIS-0999");
      episode = browser.path();

      browser.submit("main a[href='" + episode + "/return']");
      dateAndTime(browser, "returned", back);
      browser.find("#how-2").click();
      browser.type("#foundWhere", "A flat above the shops on Dock Road.");
      browser.type("#foundAddress", "Flat 1, 7 Dock Road");
      browser.type("#foundPostcode", "NB4 1AA");
      browser.type("#foundWith", "A man who calls himself Jay");
      browser.find("#harmDisclosed-2").click();
      browser.submit("main form button[type=submit]");
      assertThat(browser.path()).isEqualTo(episode);
      assertThat(browser.text("main"))
          .contains("Return recorded")
          .contains("A man who calls himself Jay")
          .contains("Flat 1, 7 Dock Road, NB4 1AA");
      assertThat(browser.text("#interview-status")).contains("Not yet held");
    }

    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("coord.ward");
      browser.submit("nav a[href='/missing']");
      assertThat(browser.text("#list-outstanding")).contains(mia.name());
      browser.submit("#list-outstanding a[href='" + episode + "']");
      browser.submit("main a[href='" + episode + "/interview']");
      new org.openqa.selenium.support.ui.Select(browser.find("#interviewer"))
          .selectByVisibleText("Sian Ward");
      browser.find("#childChose-2").click();
      browser.find("#outcome").click();
      LocalDate today = LocalDate.now(DisplayDates.ZONE);
      browser.type("#heldOn", String.valueOf(today.getDayOfMonth()));
      browser.type("[id='heldOn.month']", String.valueOf(today.getMonthValue()));
      browser.type("[id='heldOn.year']", String.valueOf(today.getYear()));
      browser.type("#youngPersonsWords", "Jay drove us there. I don't want my mum to know.");
      browser.type("#accountSummary", "Talked about the car and who drove.");
      browser.find("#consent-3").click();
      browser.type("#shareableWords", "Jay drove us there.");
      browser.submit("main form button[type=submit]");
      assertThat(browser.path()).isEqualTo(episode);
      assertThat(browser.text("main")).contains("Return interview saved").contains("Held");
      assertThat(browser.text("#to-intelligence-hint"))
          .contains("only because they agreed to share them");
      browser.submit("#to-intelligence");
      assertThat(browser.path()).startsWith("/intelligence/new");
      assertThat(browser.find("#whatKnown").getAttribute("value"))
          .contains("Jay drove us there.")
          .doesNotContain("mum");
      assertThat(browser.driver().findElements(By.cssSelector("main input"))).isNotEmpty();
    }
  }

  private static void dateAndTime(BrowserSession browser, String field, ZonedDateTime at) {
    browser.type("#" + field, String.valueOf(at.getDayOfMonth()));
    browser.type("[id='" + field + ".month']", String.valueOf(at.getMonthValue()));
    browser.type("[id='" + field + ".year']", String.valueOf(at.getYear()));
    browser.type("#" + field + "Time", String.format("%02d:%02d", at.getHour(), at.getMinute()));
  }
}
