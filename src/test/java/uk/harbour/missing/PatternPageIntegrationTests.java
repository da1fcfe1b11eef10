package uk.harbour.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.cases.CaseFixtures;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * A child's missing pattern page over HTTP: charts as accessible SVGs with their tables, for those
 * who may see the child; "not found" for everyone else; every view audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixtures.class})
class PatternPageIntegrationTests {

  @LocalServerPort int port;
  @Autowired CaseFixtures fixtures;
  @Autowired EpisodeRepository episodes;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void nobody() {
    actAs.nobody();
  }

  /**
   * An episode that started {@code daysAgo} days ago and lasted {@code hours}, found where given.
   */
  static MissingEpisode episode(
      ChildId child, HarbourUser by, int daysAgo, int hours, String address, String with) {
    Instant start = Instant.now().minus(Duration.ofDays(daysAgo));
    return new MissingEpisode(
        EpisodeId.random(),
        child,
        EpisodeKind.M,
        MissingEpisode.Times.of(null, start, start.plus(Duration.ofHours(hours))),
        null,
        MissingEpisode.Police.NOT_REPORTED,
        MissingEpisode.Found.of(null, address, "NB1 4QT", null),
        HowReturned.FOUND_BY_POLICE,
        MissingEpisode.Harm.NONE,
        by.id(),
        by.displayName(),
        RecorderCapacity.KEY_WORKER,
        List.of(new MissingEpisode.FoundWith(null, with)),
        1,
        start);
  }

  @Test
  void theTeamSeesEachChartWithItsTableAndOthersAreToldThereIsNoSuchChild() {
    HarbourUser kw = actAs.user("kw.jones");
    ChildId child = fixtures.aChildWithKeyWorker("Patterna", "kw.jones");
    episodes.insert(episode(child, kw, 50, 5, "Flat 3, Canal Street", "Adult male known as T"));
    episodes.insert(episode(child, kw, 20, 30, "Flat 3, Canal Street", "Adult male known as T"));
    episodes.insert(episode(child, kw, 5, 2, "Bus station", "Silver hatchback"));
    actAs.nobody();
    String path = "/missing/children/" + child.value() + "/pattern";

    Page page = Demo.signIn(port, "kw.jones").get(path);
    assertThat(page.status()).isEqualTo(200);
    Document doc = page.document();
    assertThat(doc.select("#pattern-episodes").text()).contains("3");
    List<Element> charts = doc.select("svg[role=img]");
    assertThat(charts).hasSize(6);
    for (Element svg : charts) {
      String[] labelledBy = svg.attr("aria-labelledby").split(" ");
      assertThat(labelledBy).hasSize(2);
      assertThat(doc.getElementById(labelledBy[0]).tagName()).isEqualTo("title");
      assertThat(doc.getElementById(labelledBy[1]).tagName()).isEqualTo("desc");
      assertThat(svg.select("rect")).isNotEmpty();
      assertThat(doc.getElementById(svg.id() + "-table"))
          .as("a table for %s", svg.id())
          .isNotNull();
    }
    Element found = doc.getElementById("pattern-found-at-table");
    assertThat(found.select("tbody tr").first().text())
        .isEqualTo("Flat 3, Canal Street, NB1 4QT 2");
    assertThat(doc.getElementById("pattern-found-with-table").text())
        .contains("Adult male known as T 2")
        .contains("Silver hatchback 1");
    assertThat(doc.getElementById("pattern-found-at-desc").text())
        .isEqualTo("Total 3. The most is Flat 3, Canal Street, NB1 4QT, with 2.");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE username = 'kw.jones' AND action ="
                        + " 'VIEW' AND record_type = 'child' AND record_id = ? AND detail ="
                        + " 'missing pattern, 3 episodes'")
                .param(child.value().toString())
                .query(Long.class)
                .single())
        .isEqualTo(1);

    Browser outsider = Demo.signIn(port, "kw.ahmed");
    assertThat(outsider.get(path).status()).isEqualTo(404);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE username = 'kw.ahmed' AND outcome ="
                        + " 'DENIED' AND record_id = ?")
                .param(child.value().toString())
                .query(Long.class)
                .single())
        .as("the refusal is audited")
        .isEqualTo(1);
    assertThat(Demo.signIn(port, "admin.hughes").get(path).status()).isEqualTo(403);
  }

  @Test
  void aChildWithNoEpisodesHasNoCharts() {
    actAs.user("kw.jones");
    ChildId child = fixtures.aChildWithKeyWorker("Nomissa", "kw.jones");
    actAs.nobody();
    Page page =
        Demo.signIn(port, "kw.jones").get("/missing/children/" + child.value() + "/pattern");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().select("#pattern-none")).hasSize(1);
    assertThat(page.document().select("svg")).isEmpty();
  }
}
