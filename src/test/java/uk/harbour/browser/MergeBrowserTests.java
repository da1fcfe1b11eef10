package uk.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo child the school nurse recorded a second time: one screening officer finds the pair and
 * proposes a merge, a second approves it from her notification, then undoes it. Every page is
 * checked with axe by {@link BrowserSession}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MergeBrowserTests {

  /** The demo world's 51st record: the second record of one of its 50 children. */
  static final String SECOND_RECORD = "HBR-001051";

  static final String BUTTON = "main form[method=post] button";

  @LocalServerPort int port;

  @Test
  void aMergeIsProposedApprovedBySomeoneElseAndUndone() {
    String mergePath;
    try (BrowserSession lee = new BrowserSession(port)) {
      lee.signIn("screening.lee");
      lee.submit("nav a[href='/duplicates']");
      lee.submit("main form[action$='/duplicates/scan'] button");
      assertThat(lee.text(".govuk-notification-banner")).contains("possible pairs");
      String pair =
          lee.driver().findElement(By.partialLinkText(SECOND_RECORD)).getAttribute("href");
      lee.open(pair.substring(pair.indexOf("/duplicates/")));
      assertThat(lee.text("main table")).contains("Date of birth").contains("Differs");
      assertThat(lee.text("main")).contains("Why Harbour thinks");
      lee.submit(BUTTON);
      assertThat(lee.text(".govuk-error-summary"))
          .contains("Select what you decide")
          .contains("Enter your reasons");
      lee.find("label[for=decision]").click();
      lee.type("#reasons", "Same date of birth, postcode and school; the nurse confirmed.");
      lee.submit(BUTTON);
      assertThat(lee.path()).startsWith("/merges/");
      assertThat(lee.text(".govuk-inset-text")).contains("Another screening officer must approve");
      mergePath = lee.path();
    }
    try (BrowserSession osei = new BrowserSession(port)) {
      osei.signIn("screening.osei");
      osei.submit("nav a[href='/notifications']");
      assertThat(osei.text("main table")).contains("proposed merging");
      osei.submit("main table a[href='" + mergePath + "']");
      osei.find("label[for=decision]").click();
      osei.type("#reasons", "Checked with the school: one child, two records.");
      osei.submit(BUTTON);
      assertThat(osei.text(".govuk-notification-banner")).contains("have been merged");
      assertThat(osei.text("main .govuk-caption-l")).isEqualTo("Merged");

      osei.type("#reasons", "The school corrected itself: these are cousins.");
      osei.submit("main form[action$='/unmerge'] button");
      assertThat(osei.text(".govuk-notification-banner")).contains("merge has been undone");
      assertThat(osei.text("main")).contains("both records are as they were before the merge");
    }
  }
}
