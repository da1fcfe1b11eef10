package uk.harbour.cases.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.cases.CaseFixtures;
import uk.harbour.cases.Cases;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.DisplayDates;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.DatabaseSuperuser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/** Recording the young person's words, their view of their safety and their wishes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixtures.class})
class VoiceIntegrationTests {

  @LocalServerPort int port;
  @Autowired CaseFixtures fixtures;
  @Autowired Cases cases;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;
  @Autowired DisplayDates dates;

  @Value("${harbour.embedded-db.running-port}")
  int databasePort;

  @Value("${harbour.data-dir}")
  String dataDir;

  @Test
  void theirWordsAreQuotedTheirRatingIsTheirsAndTheChronologyHearsOfIt() {
    actAs.user("screening.lee");
    ChildId child = fixtures.aChildWithKeyWorker("Isla", "kw.jones");
    String caseId = cases.openOrAdd(child, "CON-VOICE-000001").toString();
    actAs.nobody();
    Browser kw = Demo.signIn(port, "kw.jones");
    String base = "/cases/" + caseId + "/voice";

    Page form = kw.get(base + "/new");
    assertThat(form.document().select("#gatheredBy").attr("value")).isEqualTo("Rhys Jones");
    Page errors =
        kw.submit(
            form, Map.of("gatheredBy", "", "safetyRating", "11", "theirWords", "x".repeat(5001)));
    assertThat(errors.errorSummary())
        .contains("5,000 characters or fewer")
        .contains("Enter when they said it")
        .contains("Select how their words were gathered")
        .contains("Enter who gathered their words")
        .contains("Select whether they agreed to this being written down")
        .contains("Their rating must be a whole number from 0 to 10");

    Map<String, String> fields = new HashMap<>();
    fields.put("theirWords", "I don't want my mum to know yet. I'll tell her myself.");
    fields.put("saidDay", "10");
    fields.put("saidMonth", "3");
    fields.put("saidYear", "2026");
    fields.put("howGathered", "CONVERSATION");
    fields.put("gatheredBy", "Rhys Jones, key worker");
    fields.put("consentToRecord", "AGREED");
    fields.put("consentToShare", "AGREED_WITH_LIMITS");
    fields.put("wishesAboutSharing", "Not my mum until I have told her");
    fields.put("safetyInTheirWords", "Safer since I changed my number");
    fields.put("safetyRating", "6");
    assertThat(kw.submit(form, fields).location()).isEqualTo(base);
    assertThat(kw.submit(form, fields).location()).as("double submit").isEqualTo(base);
    assertThat(
            jdbc.sql("SELECT count(*) FROM voice_entry WHERE case_id = ?::uuid")
                .param(caseId)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    Page page = kw.get(base);
    assertThat(page.document().select("main blockquote").text())
        .isEqualTo("I don't want my mum to know yet. I'll tell her myself.");
    assertThat(page.document().select("main figcaption").text())
        .contains("10 March 2026")
        .contains("In conversation")
        .contains("Rhys Jones, key worker");
    assertThat(page.document().select("#safety-over-time").text())
        .contains("Safer since I changed my number")
        .contains("6 out of 10 (their view)");
    assertThat(page.document().select("#safety-over-time .govuk-tag")).isEmpty();
    assertThat(page.body()).contains("Not my mum until I have told her");

    assertThat(
            kw.get("/cases/" + caseId + "/chronology?kind=VOICE")
                .document()
                .select("#chronology tbody tr"))
        .hasSize(1);
  }

  @Test
  void theChronologyPutsTheirWordsOnTheDayTheySaidThemAndTheVoicePageShowsBothDates() {
    actAs.user("screening.lee");
    ChildId child = fixtures.aChildWithKeyWorker("Lena", "kw.jones");
    String caseId = cases.openOrAdd(child, "CON-VOICE-000002").toString();
    actAs.nobody();
    Browser kw = Demo.signIn(port, "kw.jones");
    String base = "/cases/" + caseId + "/voice";
    LocalDate today = LocalDate.now(DisplayDates.ZONE);
    LocalDate said = today.minusDays(12);
    LocalDate earlier = today.minusDays(40);

    Page form = kw.get(base + "/new");
    Map<String, String> fields = new HashMap<>();
    fields.put("theirWords", "He said he would hurt my brother if I told.");
    fields.put("howGathered", "CONVERSATION");
    fields.put("gatheredBy", "Rhys Jones, key worker");
    fields.put("consentToRecord", "AGREED");
    fields.put("consentToShare", "AGREED");
    fields.put("saidDay", String.valueOf(today.plusDays(1).getDayOfMonth()));
    fields.put("saidMonth", String.valueOf(today.plusDays(1).getMonthValue()));
    fields.put("saidYear", String.valueOf(today.plusDays(1).getYear()));
    assertThat(kw.submit(form, fields).errorSummary())
        .contains("When they said it must be today or in the past");
    putDate(fields, said);
    assertThat(kw.submit(form, fields).location()).isEqualTo(base);
    Map<String, String> older = new HashMap<>(fields);
    older.put("theirWords", "I just want to go to school like normal.");
    putDate(older, earlier);
    assertThat(kw.submit(kw.get(base + "/new"), older).location()).isEqualTo(base);

    Page chronology = kw.get("/cases/" + caseId + "/chronology?kind=VOICE");
    var rows = chronology.document().select("#chronology tbody tr");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).select("td").get(0).text()).isEqualTo(dates.date(said));
    assertThat(rows.get(1).select("td").get(0).text()).isEqualTo(dates.date(earlier));
    assertThat(rows.get(0).text()).contains("Recorded by Rhys Jones on " + dates.date(today));

    Page page = kw.get(base);
    var captions = page.document().select("main figure");
    assertThat(captions.get(0).text()).contains(dates.date(said));
    assertThat(captions.get(1).text()).contains(dates.date(earlier));
    assertThat(page.document().select("main").text())
        .contains("Rhys Jones on " + dates.date(today));
  }

  @Test
  void theMigrationPutsEntriesRecordedBeforeOnTheDayTheyWereSaid() throws Exception {
    actAs.user("screening.lee");
    ChildId child = fixtures.aChildWithKeyWorker("Mira", "kw.jones");
    var caseId = cases.openOrAdd(child, "CON-VOICE-000003");
    actAs.nobody();
    java.time.Instant typed = java.time.Instant.parse("2026-03-20T10:15:30Z");
    java.util.UUID voiceId = java.util.UUID.randomUUID();
    java.util.UUID entryId = java.util.UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO voice_entry (id, case_id, their_words, said_on, how_gathered, gathered_by,
                consent_to_record, consent_to_share, recorded_at, recorded_by_name)
            VALUES (?, ?, 'Old words', DATE '2026-03-02', 'CONVERSATION', 'Rhys Jones', 'AGREED',
                    'AGREED', ?, 'Rhys Jones')
            """)
        .params(voiceId, caseId.value(), java.sql.Timestamp.from(typed))
        .update();
    jdbc.sql(
            """
            INSERT INTO chronology_entry (id, case_id, kind, occurred_on, occurred_at, summary,
                significance, link, recorded_at, recorded_by_name)
            VALUES (?, ?, 'VOICE', DATE '2026-03-20', ?,
                    'The young person''s words recorded, gathered by Rhys Jones', 'ROUTINE', ?, ?,
                    'Rhys Jones')
            """)
        .params(
            entryId,
            caseId.value(),
            java.sql.Timestamp.from(typed),
            "/cases/" + caseId + "/voice",
            java.sql.Timestamp.from(typed.plusMillis(3)))
        .update();
    String migration =
        new String(
            getClass()
                .getResourceAsStream(
                    "/db/migration/cases/V9_42__date_voice_chronology_entries_by_when_said.sql")
                .readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    // As Flyway ran it: before V9_50 guarded chronology entries with a trigger.
    new DatabaseSuperuser(databasePort, dataDir).runWithoutTriggers(migration);
    var row =
        jdbc.sql("SELECT occurred_on, occurred_at FROM chronology_entry WHERE id = ?")
            .param(entryId)
            .query()
            .singleRow();
    assertThat(row.get("occurred_on").toString()).isEqualTo("2026-03-02");
    assertThat(row.get("occurred_at")).isNull();
  }

  private static void putDate(Map<String, String> fields, LocalDate date) {
    fields.put("saidDay", String.valueOf(date.getDayOfMonth()));
    fields.put("saidMonth", String.valueOf(date.getMonthValue()));
    fields.put("saidYear", String.valueOf(date.getYear()));
  }
}
