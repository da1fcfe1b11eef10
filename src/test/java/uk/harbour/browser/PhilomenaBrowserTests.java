package uk.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.missing.PhilomenaFixture;
import uk.harbour.people.CareStatus;
import uk.harbour.people.ChildRecord;
import uk.harbour.testing.ActAs;

/**
 * The Philomena profile in a real browser, every page checked with axe (WCAG 2.2 AA): the key
 * worker starts it from the child's record, is told in the error summary when nothing is written,
 * keeps it current, adds a photograph and confirms it is still current.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, PhilomenaFixture.class})
class PhilomenaBrowserTests {

  static final String SAVE = "#philomena-form button[type=submit]";

  @LocalServerPort int port;
  @Autowired PhilomenaFixture fixture;

  @Test
  void theKeyWorkerKeepsTheProfileCurrentWithAPhotograph() throws Exception {
    ChildRecord child = fixture.child("kw.jones", "Jo", CareStatus.LOOKED_AFTER);
    String base = "/missing/children/" + child.id() + "/philomena";
    Path photo = Files.createTempFile("philomena", ".png");
    Files.write(photo, PhilomenaFixture.image("png", 48));
    try (BrowserSession browser = new BrowserSession(port)) {
      browser.signIn("kw.jones");
      browser.open("/children/" + child.id());
      browser.submit("main a[href='" + base + "']");
      assertThat(browser.text("main")).contains("No Philomena profile has been started");
      browser.submit("#philomena-start");

      browser.submit(SAVE);
      assertThat(browser.text(".govuk-error-summary"))
          .contains("Write at least one thing you know about them");

      browser.type("#height", "About 150cm");
      browser.type("#hair", "Curly, black, shoulder length");
      browser.type("#clothing", "Navy school coat and a red rucksack");
      browser.type("#places", "The skate park and the retail park");
      browser.submit(SAVE);
      assertThat(browser.path()).isEqualTo(base);
      assertThat(browser.text(".govuk-notification-banner"))
          .contains("saved and confirmed as current");
      assertThat(browser.text("#philomena-description")).contains("Curly, black");

      browser.submit("main a[href='" + base + "/photo']");
      browser.find("#photo").sendKeys(photo.toAbsolutePath().toString());
      browser.submit("#philomena-photo-form button[type=submit]");
      assertThat(browser.text(".govuk-notification-banner")).contains("Photograph saved");
      assertThat(browser.find("#philomena-photo").getAttribute("alt")).contains(child.fullName());

      browser.submit("#philomena-confirm button[type=submit]");
      assertThat(browser.text(".govuk-notification-banner")).contains("confirmed as still current");
      assertThat(browser.text("#philomena-confirmed")).contains("(0 days ago)");
      assertThat(browser.checkedPages()).hasSizeGreaterThanOrEqualTo(6);
    } finally {
      Files.deleteIfExists(photo);
    }
  }
}
