package uk.harbour.missing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.cases.CaseFixtures;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.Cases;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * Issue 12's must-show: a third missing episode within 90 days prompts a strategy discussion on the
 * child's case (the case page and the key worker's work list, over HTTP); the second does not, and
 * a fourth in the same run asks nothing more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixtures.class, PatternEpisodes.class})
class RepeatMissingIntegrationTests {

  @LocalServerPort int port;
  @Autowired CaseFixtures fixtures;
  @Autowired PatternEpisodes episodes;
  @Autowired Cases cases;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void nobody() {
    actAs.nobody();
  }

  private long waiting(CaseId id) {
    return jdbc.sql(
            "SELECT count(*) FROM repeat_missing_prompt WHERE case_id = ? AND outcome IS NULL")
        .param(id.value())
        .query(Long.class)
        .single();
  }

  @Test
  void aThirdEpisodeInNinetyDaysPromptsAStrategyDiscussionOnTheCase() {
    actAs.user("kw.jones");
    ChildId child = fixtures.aChildWithKeyWorker("Tertia", "kw.jones");
    CaseId id = cases.openOrAdd(child, "CON-REPEAT-MS");
    episodes.missingAndFound(child, 200, "12 Quay Street", "NB3 1AA");
    episodes.missingAndFound(child, 80, "12 Quay Street", "NB3 1AA");
    episodes.missingAndFound(child, 40, "Bus station", "NB1 1BS");
    actAs.nobody();
    assertThat(waiting(id)).as("two in 90 days (the first was 200 days ago)").isZero();
    Browser keyWorker = Demo.signIn(port, "kw.jones");
    assertThat(keyWorker.get("/cases/" + id).document().select("#repeat-missing")).isEmpty();

    actAs.user("kw.jones");
    episodes.missingAndFound(child, 3, "12 Quay Street", "NB3 1AA");
    actAs.nobody();
    assertThat(waiting(id)).isEqualTo(1);

    Page home = keyWorker.get("/cases/" + id);
    assertThat(home.document().select("#repeat-missing .govuk-warning-text").text())
        .contains("missing 3 times in 90 days");
    String form = home.document().select("#repeat-missing a").attr("href");
    Page due = keyWorker.get("/cases/due");
    assertThat(due.document().select("a[href=" + form + "]")).hasSize(1);
    assertThat(due.document().select("#repeatMissing").text())
        .isEqualTo("Strategy discussions needed after repeated missing episodes");

    actAs.user("kw.jones");
    episodes.missingAndFound(child, 1, "12 Quay Street", "NB3 1AA");
    actAs.nobody();
    assertThat(waiting(id)).as("a fourth in the same run asks nothing more").isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE action = 'REVIEW' AND record_type ="
                        + " 'missing episode' AND detail = 'repeat missing: 3 episodes in 90 days"
                        + " (threshold 3)' AND record_id IN (SELECT id::text FROM missing_episode"
                        + " WHERE child_id = ?)")
                .param(child.value())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
