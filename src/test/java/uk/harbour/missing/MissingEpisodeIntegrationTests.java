package uk.harbour.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * Recording missing episodes and their returns over real HTTP with the demo users: the rules (a
 * start is needed, a return is not before the start, episodes do not overlap, a change between
 * missing and away ends one episode and starts the next), the return interview made due 72 hours
 * after the return, the chronology entry on the child's case, the open episode on the key worker's
 * work list, the audit's words, and who may not see or record them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, MissingFixture.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MissingEpisodeIntegrationTests {

  static final String FORM = "main form[method=post]";

  @LocalServerPort int port;
  @Autowired MissingFixture fixture;
  @Autowired JdbcClient jdbc;

  Browser jones;
  Instant now;

  @BeforeAll
  void signIn() {
    jones = Demo.signIn(port, "kw.jones");
    now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
  }

  @Test
  void anEpisodeNeedsAStartAndIsSavedOpenAuditedInTheChronologyAndOnTheWorkList() {
    MissingFixture.Young ella = fixture.child("kw.jones", "Ella");
    String newPath = "/missing/children/" + ella.child() + "/episodes/new";
    Page form = jones.get(newPath);
    assertThat(form.status()).isEqualTo(200);

    Map<String, String> nothing = new HashMap<>(Map.of("kind", "M", "reportedToPolice", "no"));
    nothing.put("capacity", "KEY_WORKER");
    Page refused = jones.submitAsShown(form, FORM, nothing);
    assertThat(refused.fieldError("left"))
        .contains("Enter when they left or when they were last seen");

    Map<String, String> badTime = start("M", now.minus(Duration.ofHours(3)));
    badTime.put("leftTime", "25:99");
    assertThat(jones.submitAsShown(form, FORM, badTime).fieldError("leftTime"))
        .contains("Enter a real time");

    Page saved = jones.submitAsShown(form, FORM, start("M", now.minus(Duration.ofHours(3))));
    assertThat(saved.location()).startsWith("/missing/episodes/");
    String id = saved.location().substring("/missing/episodes/".length());
    assertThat(
            jdbc.sql(
                    "SELECT detail FROM audit_event WHERE record_id = ? AND action = 'CREATE'"
                        + " AND record_type = 'missing episode'")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("missing episode recorded: M");
    assertThat(
            jdbc.sql(
                    "SELECT summary FROM chronology_entry WHERE case_id = ? AND kind ="
                        + " 'MISSING_EPISODE'")
                .param(ella.kase().value())
                .query(String.class)
                .list())
        .containsExactly("The young person was reported missing (whereabouts not known)");
    Page page = jones.get(saved.location());
    assertThat(page.body()).contains("Missing episode recorded").contains("Missing or away now");
    assertThat(jones.get("/cases/due").document().select("#missingOpen-table").text())
        .contains(ella.name());

    // A second episode while this one is open overlaps it.
    Page overlap =
        jones.submitAsShown(jones.get(newPath), FORM, start("A", now.minus(Duration.ofHours(1))));
    assertThat(overlap.fieldError("left")).contains("overlaps another episode");
  }

  @Test
  void aReturnIsNotBeforeTheStartAndMakesTheReturnInterviewDue72HoursLater() {
    MissingFixture.Young fay = fixture.child("kw.jones", "Fay");
    Instant left = now.minus(Duration.ofDays(2));
    String episode = record(fay, start("M", left));
    Page form = jones.get(episode + "/return");
    Map<String, String> early = returned(left.minus(Duration.ofHours(1)));
    assertThat(jones.submitAsShown(form, FORM, early).fieldError("returned"))
        .contains("must not be before the episode started");

    Instant back = left.plus(Duration.ofHours(20));
    Map<String, String> fields = returned(back);
    fields.put("foundAddress", "Flat 9,  Canal  Street");
    fields.put("foundPostcode", "nb3 9zz");
    fields.put("foundWith", "A man in a grey van\nAn older girl");
    Page saved = jones.submitAsShown(form, FORM, fields);
    assertThat(saved.location()).isEqualTo(episode);
    UUID id = UUID.fromString(episode.substring("/missing/episodes/".length()));
    assertThat(
            jdbc.sql("SELECT due_at FROM return_interview WHERE episode_id = ?")
                .param(id)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant())
        .isEqualTo(back.plus(Duration.ofHours(72)));
    assertThat(
            jdbc.sql("SELECT found_location_key FROM missing_episode WHERE id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("flat 9 canal street|NB39ZZ");
    assertThat(
            jdbc.sql(
                    "SELECT description FROM missing_episode_with WHERE episode_id = ?"
                        + " ORDER BY description")
                .param(id)
                .query(String.class)
                .list())
        .containsExactly("A man in a grey van", "An older girl");
    assertThat(jones.get(episode).body()).contains("A man in a grey van").contains("Not yet held");
  }

  @Test
  void aChangeBetweenAwayAndMissingEndsOneEpisodeAndStartsTheNextAtTheSameMoment() {
    MissingFixture.Young gail = fixture.child("kw.jones", "Gail");
    String away = record(gail, start("A", now.minus(Duration.ofHours(10))));
    Instant changedAt = now.minus(Duration.ofHours(4));
    Page form = jones.get(away + "/changed");
    assertThat(form.body()).contains("It changed from Away to Missing");
    Map<String, String> fields = new HashMap<>(MissingFixture.when("changed", changedAt));
    Page saved = jones.submitAsShown(form, FORM, fields);
    assertThat(saved.location()).startsWith("/missing/episodes/").isNotEqualTo(away);
    UUID old = UUID.fromString(away.substring("/missing/episodes/".length()));
    UUID next = UUID.fromString(saved.location().substring("/missing/episodes/".length()));
    Map<String, Object> row =
        jdbc.sql(
                "SELECT n.kind, n.start_at = o.returned_at AS same_moment, o.how_returned,"
                    + " n.previous_episode_id, n.returned_at IS NULL AS open"
                    + " FROM missing_episode n JOIN missing_episode o ON o.id = ?"
                    + " WHERE n.id = ?")
            .params(old, next)
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("kind", "M")
        .containsEntry("same_moment", true)
        .containsEntry("how_returned", "CHANGED_KIND")
        .containsEntry("previous_episode_id", old)
        .containsEntry("open", true);
    assertThat(
            jdbc.sql("SELECT count(*) FROM return_interview WHERE episode_id = ?")
                .param(old)
                .query(Long.class)
                .single())
        .as("no return, no return interview")
        .isZero();
  }

  @Test
  void someoneOutsideTheTeamIsToldTheEpisodeDoesNotExistAndAnAdministratorIsRefused() {
    MissingFixture.Young hana = fixture.child("kw.jones", "Hana");
    String episode = record(hana, start("M", now.minus(Duration.ofHours(2))));
    Browser green = Demo.signIn(port, "school.green");
    assertThat(green.get(episode).status()).isEqualTo(404);
    assertThat(green.get(episode + "/return").status()).isEqualTo(404);
    assertThat(green.get("/missing/children/" + hana.child()).status()).isEqualTo(404);
    assertThat(green.get("/missing/children/" + hana.child() + "/episodes/new").status())
        .isEqualTo(404);
    assertThat(green.get("/missing").body()).doesNotContain(hana.name());
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE action = 'ACCESS_DENIED'"
                        + " AND record_id = ? AND username = 'school.green'")
                .param(hana.child().toString())
                .query(Long.class)
                .single())
        .isPositive();
    assertThat(Demo.signIn(port, "admin.hughes").get(episode).status()).isEqualTo(403);
    assertThat(jones.get("/missing/episodes/not-an-id").status()).isEqualTo(404);
  }

  @Test
  void theCoordinatorSeesAChildWithARecentEpisodeButMayNotRecordTheirEpisodes() {
    MissingFixture.Young ida = fixture.child("kw.jones", "Ida");
    MissingFixture.Young jan = fixture.child("kw.jones", "Jan");
    String episode = record(ida, start("M", now.minus(Duration.ofHours(5))));
    Browser ward = Demo.signIn(port, "coord.ward");
    assertThat(ward.get(episode).status()).isEqualTo(200);
    assertThat(ward.get("/missing").document().select("#list-open").text()).contains(ida.name());
    assertThat(ward.get(episode + "/return").status()).isEqualTo(403);
    assertThat(ward.get("/missing/children/" + jan.child()).status())
        .as("no missing episode: not the coordinator's to see")
        .isEqualTo(404);
  }

  private String record(MissingFixture.Young young, Map<String, String> fields) {
    Page form = jones.get("/missing/children/" + young.child() + "/episodes/new");
    Page saved = jones.submitAsShown(form, FORM, fields);
    assertThat(saved.location()).startsWith("/missing/episodes/");
    return saved.location();
  }

  static Map<String, String> start(String kind, Instant left) {
    Map<String, String> fields = new HashMap<>(MissingFixture.when("left", left));
    fields.put("kind", kind);
    fields.put("reportedToPolice", "yes");
    fields.put("policeReference", "NB-TEST-1");
    fields.put("policeRiskGrade", "MEDIUM");
    fields.put("capacity", "KEY_WORKER");
    return fields;
  }

  static Map<String, String> returned(Instant at) {
    Map<String, String> fields = new HashMap<>(MissingFixture.when("returned", at));
    fields.put("how", "FOUND_BY_POLICE");
    fields.put("foundWhere", "A flat above a shop.");
    fields.put("harmDisclosed", "no");
    return fields;
  }
}
