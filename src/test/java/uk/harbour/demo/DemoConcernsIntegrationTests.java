package uk.harbour.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * The demo world's screening queue holds the practitioners' concerns about the three children new
 * to the service, names misspelt as reporters spell them, and each shows its child first among the
 * candidates; plus an anonymous public report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DemoConcernsIntegrationTests {

  /** The last three of the 50 demo children are the ones new to the service. */
  static final List<String> NEW_CHILDREN = List.of("HBR-001048", "HBR-001049", "HBR-001050");

  @LocalServerPort int port;

  @Test
  void theQueueHoldsTheDemoConcernsAndEachShowsItsChildFirst() {
    Browser officer = Demo.signIn(port, "screening.lee");
    Page queue = officer.get("/screening");
    String text = queue.document().select("main").text();
    assertThat(text).contains("Public report").contains("Over 1 day");

    int matched = 0;
    for (Element link : queue.document().select("main table a[href^=/screening/]")) {
      Page concern = officer.get(link.attr("href"));
      String main = concern.document().select("main").text();
      if (!main.contains("silver car")
          && !main.contains("takeaway")
          && !main.contains("answered every question")) {
        continue;
      }
      Element top = concern.document().selectFirst(".govuk-summary-card__title");
      assertThat(top).as("a candidate for %s", link.text()).isNotNull();
      assertThat(NEW_CHILDREN).anyMatch(reference -> top.text().contains(reference));
      matched++;
    }
    assertThat(matched).isEqualTo(3);
  }

  @Test
  void theConcernGivingOnlyANicknameAndAMisspeltSurnameShowsTheChildFirstWithReasons() {
    Browser officer = Demo.signIn(port, "screening.lee");
    Page queue = officer.get("/screening");
    Page concern = null;
    for (Element link : queue.document().select("main table a[href^=/screening/]")) {
      Page page = officer.get(link.attr("href"));
      if (page.document().select("main").text().contains("answered every question")) {
        concern = page;
      }
    }
    assertThat(concern).as("the demo concern reported by nickname").isNotNull();
    String details = concern.document().select("main").text();
    assertThat(details).contains("Cal").contains("Wirght");

    Element top = concern.document().selectFirst(".govuk-summary-card");
    assertThat(top).isNotNull();
    assertThat(top.selectFirst(".govuk-summary-card__title").text()).contains("HBR-001048");
    String reasons = top.select("li").text();
    assertThat(reasons)
        .contains("First name: a nickname, short form or other name of the same name")
        .contains("Family name: spelt almost the same")
        .contains("Date of birth: the same \u2013 strong agreement")
        .contains("(weight +");
    assertThat(top.text()).contains("Callum Wright");
    // Nothing was linked without a person: automatic linking is off unless configured.
    assertThat(concern.document().select("main form[action$=/unlink]")).isEmpty();
  }
}
