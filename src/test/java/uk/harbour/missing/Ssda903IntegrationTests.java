package uk.harbour.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.people.CareStatus;
import uk.harbour.people.ChildRecord;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * The SSDA903 "Missing" export over real HTTP: a year's episodes of looked-after children only,
 * with the return interview columns when asked, audited as an export with the row count;
 * overlapping episodes shown as an error in words linked to the episode, and the download refused
 * until they are corrected; only team managers and data protection officers may run it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, PhilomenaFixture.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Ssda903IntegrationTests {

  @LocalServerPort int port;
  @Autowired PhilomenaFixture fixture;
  @Autowired JdbcClient jdbc;

  Browser manager;

  @BeforeAll
  void signIn() {
    manager = Demo.signIn(port, "manager.okafor");
  }

  @Test
  void aYearsEpisodesOfLookedAfterChildrenOnlyAreExportedWithTheirReturnInterviews() {
    ChildRecord looked = fixture.child("kw.jones", "Gia", CareStatus.LOOKED_AFTER);
    ChildRecord inNeed = fixture.child("kw.jones", "Hal", CareStatus.CHILD_IN_NEED);
    UUID held = episode(looked, "M", "2023-06-10T21:00:00Z", "2023-06-11T09:00:00Z", null);
    interview(held, "HELD", true);
    UUID declined = episode(looked, "A", "2023-08-01T15:00:00Z", "2023-08-01T22:00:00Z", null);
    interview(declined, "DECLINED", true);
    episode(looked, "M", "2024-03-30T20:00:00Z", "2024-04-02T10:00:00Z", null);
    episode(looked, "M", "2022-05-01T20:00:00Z", "2022-05-02T10:00:00Z", null);
    episode(inNeed, "M", "2023-07-01T20:00:00Z", "2023-07-02T10:00:00Z", null);

    Page checked = manager.get("/missing/ssda903?year=2023");
    assertThat(checked.status()).isEqualTo(200);
    assertThat(checked.document().select("#ssda903-export")).as("nothing stops it").hasSize(1);

    String csv =
        manager.submit(checked, "#ssda903-export", Map.of("returnInterviews", "yes")).body();
    List<String> lines = Arrays.asList(csv.split("\r\n"));
    assertThat(lines.get(0))
        .isEqualTo("CHILD,DOB,MISSING,MIS_START,MIS_END,MIS_RHI_OFFERED,MIS_RHI_ACCEPTED");
    assertThat(lines.stream().filter(l -> l.startsWith(looked.reference() + ",")))
        .containsExactly(
            looked.reference() + ",14/05/2011,M,10/06/2023,11/06/2023,Y,Y",
            looked.reference() + ",14/05/2011,A,01/08/2023,01/08/2023,Y,N",
            looked.reference() + ",14/05/2011,M,30/03/2024,,NA,NA");
    assertThat(lines).noneMatch(l -> l.startsWith(inNeed.reference() + ","));

    assertThat(
            jdbc.sql(
                    "SELECT detail FROM audit_event WHERE action = 'EXPORT'"
                        + " AND record_type = 'ssda903 missing' AND username = 'manager.okafor'"
                        + " ORDER BY seq DESC LIMIT 1")
                .query(String.class)
                .single())
        .startsWith("ssda903 missing 2023-24 with return interviews, rows ")
        .endsWith("rows " + (lines.size() - 1));

    String plain = manager.submit(checked, "#ssda903-export", Map.of()).body();
    assertThat(plain.split("\r\n")[0]).isEqualTo("CHILD,DOB,MISSING,MIS_START,MIS_END");
  }

  @Test
  void overlappingEpisodesAreAnErrorInWordsLinkedToTheEpisodeAndTheDownloadWaitsForTheFix() {
    ChildRecord child = fixture.child("manager.okafor", "Ivy", CareStatus.LOOKED_AFTER);
    UUID longer = episode(child, "M", "2022-09-01T20:00:00Z", "2022-09-05T10:00:00Z", null);
    episode(child, "A", "2022-09-03T20:00:00Z", "2022-09-04T10:00:00Z", null);

    Page page = manager.get("/missing/ssda903?year=2022");
    var row =
        page.document()
            .select(
                "#ssda903-findings tbody tr:contains("
                    + child.reference()
                    + "):contains(overlaps)");
    assertThat(row.text())
        .contains("Error")
        .contains("overlaps another of the same child's")
        .contains("M from 1 September 2022 to 5 September 2022");
    assertThat(row).hasSize(1);
    assertThat(row.select("a").attr("href")).isEqualTo("/missing/episodes/" + longer);
    assertThat(
            page.document()
                .select("#ssda903-findings tbody tr:contains(" + child.reference() + ")")
                .text())
        .as("no interview recorded after either return")
        .contains("Query")
        .contains("Record whether a return interview was offered after this return.");
    assertThat(page.document().select("#ssda903-export")).isEmpty();

    Page refused =
        manager.post(
            "/missing/ssda903/export", Map.of("_csrf", manager.csrfToken(), "year", "2022"));
    assertThat(refused.status()).isEqualTo(303);
    assertThat(refused.location()).isEqualTo("/missing/ssda903?year=2022&refused=true");
    assertThat(manager.get(refused.location()).document().select(".govuk-error-summary").text())
        .contains("The file was not downloaded");
  }

  @Test
  void onlyTeamManagersAndDataProtectionOfficersMayRunIt() {
    assertThat(Demo.signIn(port, "dpo.fraser").get("/missing/ssda903").status()).isEqualTo(200);
    assertThat(Demo.signIn(port, "kw.jones").get("/missing/ssda903").status()).isEqualTo(403);
    assertThat(Demo.signIn(port, "admin.hughes").get("/missing/ssda903").status()).isEqualTo(403);
  }

  private UUID episode(
      ChildRecord child, String kind, String start, String returned, @Nullable String how) {
    UUID id = UUID.randomUUID();
    UUID recorder =
        jdbc.sql("SELECT id FROM app_user WHERE username = 'kw.jones'").query(UUID.class).single();
    jdbc.sql(
            "INSERT INTO missing_episode (id, child_id, kind, last_seen_at, start_at, returned_at,"
                + " how_returned, recorded_by, recorder_capacity, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'KEY_WORKER', 0, now(), now())")
        .params(
            id,
            child.id().value(),
            kind,
            java.sql.Timestamp.from(Instant.parse(start)),
            java.sql.Timestamp.from(Instant.parse(start)),
            java.sql.Timestamp.from(Instant.parse(returned)),
            how == null ? "RETURNED_THEMSELVES" : how,
            recorder)
        .update();
    return id;
  }

  private void interview(UUID episode, String outcome, boolean offered) {
    jdbc.sql(
            "INSERT INTO return_interview (episode_id, due_at, offered_at, outcome, held_on,"
                + " version, updated_at) VALUES (?, now(), ?, ?, ?, 0, now())")
        .params(
            episode,
            offered ? java.sql.Timestamp.from(Instant.parse("2023-06-12T10:00:00Z")) : null,
            outcome,
            "HELD".equals(outcome) ? java.sql.Date.valueOf("2023-06-12") : null)
        .update();
  }
}
