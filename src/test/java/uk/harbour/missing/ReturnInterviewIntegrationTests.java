package uk.harbour.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.shared.DisplayDates;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * Return interviews over real HTTP: one not held within 72 hours is overdue to the coordinator, the
 * key worker and their manager, and a recorded reason for not holding it clears it; a held
 * interview's account becomes an intelligence submission in one step, carrying the young person's
 * words only as far as they agreed to share them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, MissingFixture.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReturnInterviewIntegrationTests {

  static final String FORM = "main form[method=post]";

  @LocalServerPort int port;
  @Autowired MissingFixture fixture;
  @Autowired JdbcClient jdbc;

  Browser jones;
  Browser ward;
  Instant now;

  @BeforeAll
  void signIn() {
    jones = Demo.signIn(port, "kw.jones");
    ward = Demo.signIn(port, "coord.ward");
    now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
  }

  @Test
  void anInterviewNotHeldWithin72HoursIsOverdueAndARecordedReasonClearsIt() {
    MissingFixture.Young kay = fixture.child("kw.jones", "Kay");
    String episode =
        returnedEpisode(kay, now.minus(Duration.ofDays(6)), now.minus(Duration.ofDays(5)));

    assertThat(ward.get("/missing").document().select("#list-overdue").text())
        .as("the coordinator's overdue list")
        .contains(kay.name());
    assertThat(jones.get("/cases/due").document().select("#missingOverdue-table").text())
        .as("the key worker's work list")
        .contains(kay.name());
    assertThat(
            Demo.signIn(port, "manager.okafor")
                .get("/cases/manager")
                .document()
                .select("#missingOverdue-table")
                .text())
        .as("the key worker's manager's work list")
        .contains(kay.name());
    assertThat(ward.get(episode).document().getElementById("interview-status").text())
        .contains("Overdue");
    assertThat(
            Demo.signIn(port, "kw.ahmed").get("/missing").document().select("#list-overdue").text())
        .as("another team's key worker")
        .doesNotContain(kay.name());

    Page form = ward.get(episode + "/interview");
    assertThat(form.status()).isEqualTo(200);
    Map<String, String> noReason = new HashMap<>(Map.of("outcome", "NOT_HELD"));
    assertThat(ward.submitAsShown(form, FORM, noReason).fieldError("notHeldReason"))
        .contains("Enter why the interview was not held");
    Map<String, String> reason =
        Map.of(
            "outcome",
            "NOT_HELD",
            "notHeldReason",
            "She was moved to a placement out of the area the day after she returned.");
    Page saved = ward.submitAsShown(form, FORM, reason);
    assertThat(saved.location()).isEqualTo(episode);

    assertThat(ward.get("/missing").document().select("#list-overdue").text())
        .doesNotContain(kay.name());
    assertThat(jones.get("/cases/due").document().select("#missingOverdue-table").text())
        .doesNotContain(kay.name());
    assertThat(ward.get(episode).body()).contains("Not held").contains("out of the area");
    assertThat(
            jdbc.sql(
                    "SELECT detail FROM audit_event WHERE record_type = 'return interview'"
                        + " AND action = 'CHANGE' AND record_id = ?")
                .param(episode.substring("/missing/episodes/".length()))
                .query(String.class)
                .single())
        .isEqualTo("return interview recorded: NOT_HELD");
  }

  @Test
  void aHeldInterviewBecomesIntelligenceInOneStepWithOnlyTheWordsTheYoungPersonAgreedToShare() {
    MissingFixture.Young lou = fixture.child("kw.jones", "Lou");
    String episode =
        returnedEpisode(lou, now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)));
    String id = episode.substring("/missing/episodes/".length());
    Page form = ward.get(episode + "/interview");
    Map<String, String> held = new HashMap<>();
    held.put("interviewer", userId("coord.ward"));
    held.put("childChose", "no");
    held.put("outcome", "HELD");
    LocalDate yesterday = LocalDate.ofInstant(now, DisplayDates.ZONE).minusDays(1);
    held.put("heldOn.day", String.valueOf(yesterday.getDayOfMonth()));
    held.put("heldOn.month", String.valueOf(yesterday.getMonthValue()));
    held.put("heldOn.year", String.valueOf(yesterday.getYear()));
    held.put("youngPersonsWords", "My cousin's friend picked me up. I am scared of my stepdad.");
    held.put("accountSummary", "Quiet at first; talked more about the lift.");
    held.put("consent", "SOME");
    held.put("shareableWords", "My cousin's friend picked me up.");
    Page saved = ward.submitAsShown(form, FORM, held);
    assertThat(saved.location()).isEqualTo(episode);
    Document page = ward.get(episode).document();
    assertThat(page.getElementById("to-intelligence-hint").text())
        .contains("only because they agreed to share them");

    Page start = jones.get(page.getElementById("to-intelligence").attr("href"));
    assertThat(start.status()).isEqualTo(200);
    String whatKnown = start.document().getElementById("whatKnown").wholeText();
    assertThat(whatKnown)
        .contains("My cousin's friend picked me up.")
        .doesNotContain("stepdad")
        .doesNotContain("Quiet at first");
    assertThat(start.body()).contains("A man in a silver car").contains("Flat 2, 5 Dock Road");

    // Now she withdraws her agreement: nothing she said goes with it.
    Page again = ward.get(episode + "/interview");
    held.put("consent", "NO");
    held.put("shareableWords", "");
    assertThat(ward.submitAsShown(again, FORM, held).location()).isEqualTo(episode);
    assertThat(ward.get(episode).document().getElementById("to-intelligence-hint").text())
        .contains("have not agreed to share them");
    Page withoutWords = jones.get("/intelligence/new?from=return-interview&record=" + id);
    assertThat(withoutWords.document().getElementById("whatKnown").wholeText())
        .doesNotContain("cousin")
        .doesNotContain("stepdad");
    assertThat(withoutWords.body()).contains("A man in a silver car");
    assertThat(
            Demo.signIn(port, "school.green")
                .get("/intelligence/new?from=return-interview&record=" + id)
                .status())
        .isEqualTo(404);
  }

  private String returnedEpisode(MissingFixture.Young young, Instant left, Instant back) {
    Page form = jones.get("/missing/children/" + young.child() + "/episodes/new");
    Page saved = jones.submitAsShown(form, FORM, MissingEpisodeIntegrationTests.start("M", left));
    String episode = saved.location();
    Map<String, String> fields = MissingEpisodeIntegrationTests.returned(back);
    fields.put("foundAddress", "Flat 2, 5 Dock Road");
    fields.put("foundWith", "A man in a silver car");
    assertThat(jones.submitAsShown(jones.get(episode + "/return"), FORM, fields).location())
        .isEqualTo(episode);
    return episode;
  }

  private String userId(String username) {
    return jdbc.sql("SELECT id FROM app_user WHERE username = ?")
        .param(username)
        .query(java.util.UUID.class)
        .single()
        .toString();
  }
}
