package uk.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Role;
import uk.harbour.testing.TestUsers;
import uk.harbour.testing.TestUsers.TestUser;

/**
 * Finding a child in a real browser (issue 9, item 12): a misspelt name finds the child, and a
 * practitioner in no team reaches break-glass by name and date of birth, confirming before access
 * is granted. Every page on the way is checked with axe (WCAG 2.2 AA) by {@link BrowserSession}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FindingAChildBrowserTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Directory directory;

  @Test
  void aMisspeltNameFindsTheChildAndAnOutsiderReachesBreakGlassByNameAndBirth() {
    Map<String, Object> child =
        jdbc.sql(
                """
                SELECT c.id, c.first_name, c.last_name, c.date_of_birth FROM child c
                  JOIN team_member t ON t.child_id = c.id AND t.team_role = 'KEY_WORKER'
                  JOIN app_user u ON u.id = t.user_id AND u.username = 'kw.ahmed'
                 WHERE c.date_of_birth IS NOT NULL AND length(c.last_name) >= 5
                   AND c.merged_into IS NULL
                 ORDER BY c.reference LIMIT 1
                """)
            .query()
            .singleRow();
    String first = (String) child.get("first_name");
    String last = (String) child.get("last_name");
    String misspelt = last.substring(0, 1) + last.charAt(2) + last.charAt(1) + last.substring(3);
    LocalDate born = ((java.sql.Date) child.get("date_of_birth")).toLocalDate();

    try (BrowserSession keyWorker = new BrowserSession(port)) {
      keyWorker.signIn("kw.ahmed");
      keyWorker.open("/children");
      keyWorker.type("#name", first + " " + misspelt);
      keyWorker.submit("main form[action$='/children/search'] button");
      assertThat(keyWorker.text("main table tbody tr")).contains(first + " " + last);
    }

    // A practitioner in no team of their own, so the demo world's outsider keeps seeing no child.
    TestUser practitioner = new TestUsers(directory).create(Role.PRACTITIONER);
    try (BrowserSession outsider = new BrowserSession(port)) {
      outsider.signIn(practitioner.username(), practitioner.password(), practitioner.totpSecret());
      outsider.open("/children");
      outsider.submit("main a[href='/children/outside-my-teams']");
      outsider.type("#child\\.firstName", first).type("#child\\.lastName", misspelt);
      outsider.type("#child\\.dateOfBirth", String.valueOf(born.getDayOfMonth()));
      outsider.type("#child\\.dateOfBirth\\.month", String.valueOf(born.getMonthValue()));
      outsider.type("#child\\.dateOfBirth\\.year", String.valueOf(born.getYear()));
      outsider.submit("main form[method=post] button");
      String results = outsider.text("main");
      assertThat(results).contains("A record may match").doesNotContain(last);
      outsider.submit("main a[href^='/children/break-glass/match/']");
      outsider.type("#reason", "She was seen tonight with an adult we are worried about.");
      outsider.submit("main form[method=post] button");
      assertThat(outsider.text(".govuk-error-summary")).contains("Confirm this is the child");
      outsider.find("label[for=confirmed]").click();
      outsider.submit("main form[method=post] button");
      assertThat(outsider.path()).isEqualTo("/children/" + child.get("id"));
      assertThat(outsider.text("main")).contains(first).contains("emergency access until");
    }
  }

  /**
   * The search's fields are a nested group ({@code child.firstName}, {@code child.dateOfBirth.day},
   * ...): each link of the error summary still takes the person to its field.
   */
  @Test
  void eachErrorSummaryLinkFocusesItsField() {
    TestUser practitioner = new TestUsers(directory).create(Role.PRACTITIONER);
    try (BrowserSession outsider = new BrowserSession(port)) {
      outsider.signIn(practitioner.username(), practitioner.password(), practitioner.totpSecret());
      outsider.open("/children/outside-my-teams");
      outsider.type("#child\\.dateOfBirth", "31").type("#child\\.dateOfBirth\\.month", "2");
      outsider.type("#child\\.dateOfBirth\\.year", "2012");
      outsider.submit("main form[method=post] button");
      List<String> targets =
          outsider.driver().findElements(By.cssSelector(".govuk-error-summary a")).stream()
              .map(link -> link.getAttribute("href").replaceFirst(".*#", ""))
              .toList();
      assertThat(targets).containsExactly("child.firstName", "child.lastName", "child.dateOfBirth");
      for (String target : targets) {
        outsider.find(".govuk-error-summary a[href='#" + target + "']").click();
        assertThat(outsider.driver().switchTo().activeElement().getAttribute("id"))
            .as("focus after the link to %s", target)
            .isEqualTo(target);
      }
      assertThat(outsider.find("#child\\.dateOfBirth").getAttribute("name"))
          .isEqualTo("child.dateOfBirth.day");
    }
  }
}
