package uk.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;
import uk.harbour.testing.PublicReporter;

/**
 * Public reports saying a child is in danger now come first in the screening queue, oldest of them
 * first, marked where the officer's eye starts (issue 9, item 15).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "harbour.trusted-proxies=127.0.0.1, 0:0:0:0:0:0:0:1")
@ActiveProfiles("test")
class DangerNowFirstIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void reportsOfDangerNowComeFirstOldestFirstAndAreMarked() {
    String waiting = reference(report("A boy is often dropped at the park by older men.", "NO"));
    String olderDanger = reference(report("A girl is being held in a flat above the shop.", "YES"));
    String newerDanger = reference(report("Two men are forcing a boy into a van now.", "YES"));
    agoHours(waiting, 30);
    agoHours(olderDanger, 2);
    agoHours(newerDanger, 1);

    Page queue = Demo.signIn(port, "screening.lee").get("/screening");
    List<Element> rows = queue.document().select("main table").first().select("tbody tr");
    int lastDanger = -1;
    int firstOther = rows.size();
    for (int i = 0; i < rows.size(); i++) {
      boolean marked = rows.get(i).select("td").first().text().contains("Danger now");
      if (marked) {
        lastDanger = i;
      } else {
        firstOther = Math.min(firstOther, i);
      }
    }
    assertThat(lastDanger).as("every danger-now report before any other").isLessThan(firstOther);
    int older = rowOf(rows, olderDanger);
    int newer = rowOf(rows, newerDanger);
    int other = rowOf(rows, waiting);
    assertThat(older).isLessThan(newer);
    assertThat(newer).isLessThan(other);
    assertThat(rows.get(older).select("td").first().select(".govuk-tag--red").text())
        .contains("Danger now");
    assertThat(queue.document().select("main").text())
        .contains("Reports saying a child is in danger now come first");
  }

  private Page report(String whatHappened, String dangerNow) {
    return new PublicReporter(port)
        .reportAndFollow(Map.of("whatHappened", whatHappened, "dangerNow", dangerNow));
  }

  /** The internal reference of the report the page confirms. */
  private String reference(Page sent) {
    String shown = sent.document().select(".govuk-panel__body strong").text();
    return jdbc.sql("SELECT reference FROM concern WHERE public_reference = ? OR reference = ?")
        .params(shown, shown)
        .query(String.class)
        .single();
  }

  private void agoHours(String reference, int hours) {
    jdbc.sql(
            "UPDATE concern SET submitted_at = now() - make_interval(hours => ?) WHERE reference = ?")
        .params(hours, reference)
        .update();
  }

  private static int rowOf(List<Element> rows, String reference) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).text().contains(reference)) {
        return i;
      }
    }
    throw new AssertionError(reference + " not in the queue");
  }
}
