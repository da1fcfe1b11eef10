package uk.harbour.cases.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.cases.CaseFixtures;
import uk.harbour.cases.CaseRows;
import uk.harbour.cases.Cases;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * Correcting and withdrawing entries the team wrote, notes on any entry, nothing ever deleted, the
 * language check before an entry is saved, and ids of another case's entries refused (issue 9,
 * items 13 and 7).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixtures.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChronologyCorrectionsIntegrationTests {

  @LocalServerPort int port;
  @Autowired CaseFixtures fixtures;
  @Autowired Cases cases;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;

  Browser kw;

  @BeforeAll
  void signIn() {
    kw = Demo.signIn(port, "kw.jones");
  }

  @Test
  void anEntryTheTeamWroteIsCorrectedWithAReasonAndEveryEarlierWordingIsKeptAndShown() {
    String caseId = newCase("Corin");
    String base = "/cases/" + caseId + "/chronology";
    UUID entry = write(base, "Seen at the bus station with two adult men.");

    Page form = kw.get(base + "/" + entry + "/correct");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.document().select("textarea#whatHappened").attr("data-language-child-age"))
        .as("the live check knows the child's age")
        .matches("[0-9]+");
    Page corrected =
        kw.submitAsShown(
            form,
            "main form[method=post]",
            Map.of(
                "whatHappened", "Seen at the railway station with two adult men.",
                "reason", "The school said it was the railway station, not the bus station"));
    assertThat(corrected.location()).isEqualTo(base);
    Page again =
        kw.submitAsShown(
            form,
            "main form[method=post]",
            Map.of(
                "whatHappened", "Seen at the railway station with two adult men.",
                "reason", "The school said it was the railway station, not the bus station"));
    assertThat(again.location()).as("a double submit saves once").isEqualTo(base);

    Page list = kw.get(base);
    assertThat(list.document().select(".govuk-notification-banner").text())
        .contains("correction has been saved");
    Element row = row(list, entry);
    assertThat(row.select(".chronology-summary").text())
        .isEqualTo("Seen at the railway station with two adult men.");
    assertThat(row.select(".chronology-corrected").text())
        .contains("Corrected on")
        .contains("by Rhys Jones")
        .contains("The school said it was the railway station, not the bus station");
    assertThat(row.select(".chronology-earlier").text())
        .contains("Seen at the bus station with two adult men.")
        .contains("Written by Rhys Jones");
    assertThat(history(entry)).isEqualTo(1);

    Page second =
        kw.submitAsShown(
            kw.get(base + "/" + entry + "/correct"),
            "main form[method=post]",
            Map.of(
                "occurredDay", "2",
                "significance", "CRITICAL",
                "reason", "It was the day before, and one of the men is known to police"));
    assertThat(second.location()).isEqualTo(base);
    Element twice = row(kw.get(base), entry);
    assertThat(twice.select(".chronology-earlier").text())
        .contains("Seen at the bus station")
        .contains("Seen at the railway station")
        .contains("The school said it was the railway station");
    assertThat(twice.text()).contains("Critical").contains("2 February 2026");
    assertThat(history(entry)).isEqualTo(2);

    Page stale =
        kw.submitAsShown(
            form,
            "main form[method=post]",
            Map.of("whatHappened", "A third wording", "reason", "Opened before the others"));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.body()).contains("Rhys Jones");
    assertThat(summary(entry)).isEqualTo("Seen at the railway station with two adult men.");
    assertThat(audited(caseId, "CHANGE", "SUCCEEDED", "chronology entry corrected " + entry))
        .isEqualTo(2);
  }

  @Test
  void aCorrectionNeedsAReasonAndAChange() {
    String caseId = newCase("Dara");
    String base = "/cases/" + caseId + "/chronology";
    UUID entry = write(base, "Missed the appointment with the school nurse.");
    Page refused =
        kw.submitAsShown(
            kw.get(base + "/" + entry + "/correct"), "main form[method=post]", Map.of());
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.errorSummary())
        .contains("Enter why you are correcting this entry")
        .contains("Change what the entry says, its date, significance or source");
    assertThat(history(entry)).isZero();
  }

  @Test
  void aWithdrawnEntryStaysStruckThroughWithItsReasonAndCannotBeCorrected() {
    String caseId = newCase("Ellis");
    String base = "/cases/" + caseId + "/chronology";
    UUID entry = write(base, "Went missing overnight from the children's home.");

    Page refused = kw.submit(kw.get(base + "/" + entry + "/withdraw"), Map.of("reason", ""));
    assertThat(refused.errorSummary()).contains("Enter why you are withdrawing this entry");
    Page withdrawn =
        kw.submit(
            kw.get(base + "/" + entry + "/withdraw"),
            Map.of("reason", "Written on the wrong young person's chronology"));
    assertThat(withdrawn.location()).isEqualTo(base);

    Element row = row(kw.get(base), entry);
    assertThat(row.select("del.chronology-summary").text())
        .isEqualTo("Went missing overnight from the children's home.");
    assertThat(row.select(".chronology-withdrawn").text())
        .contains("Withdrawn on")
        .contains("by Rhys Jones")
        .contains("Written on the wrong young person's chronology");
    assertThat(row.select("a[href$='/correct'], a[href$='/withdraw']")).isEmpty();
    assertThat(kw.get(base + "/" + entry + "/correct").status()).isEqualTo(404);
    assertThat(status(entry)).isEqualTo("WITHDRAWN");
    assertThat(summary(entry)).isEqualTo("Went missing overnight from the children's home.");
    assertThat(audited(caseId, "CHANGE", "SUCCEEDED", "chronology entry withdrawn " + entry))
        .isEqualTo(1);
  }

  @Test
  void automaticEntriesCannotBeCorrectedOrWithdrawnButTheTeamCanAddANote() {
    String caseId = newCase("Frey");
    String base = "/cases/" + caseId + "/chronology";
    UUID opened = automaticEntry(caseId);

    Element row = row(kw.get(base), opened);
    assertThat(row.select("a[href$='/correct'], a[href$='/withdraw']")).isEmpty();
    assertThat(kw.get(base + "/" + opened + "/correct").status()).isEqualTo(404);
    assertThat(kw.get(base + "/" + opened + "/withdraw").status()).isEqualTo(404);
    Map<String, String> correction = new HashMap<>();
    correction.put("_csrf", kw.csrfToken());
    correction.put("whatHappened", "Rewritten");
    correction.put("reason", "Trying to rewrite what Harbour recorded");
    correction.put("version", "0");
    assertThat(kw.post(base + "/" + opened + "/correct", correction).status()).isEqualTo(404);
    assertThat(
            audited(
                caseId,
                "ACCESS_DENIED",
                "DENIED",
                "chronology entry " + opened + " cannot be corrected or withdrawn"))
        .isEqualTo(3);

    Page note = kw.get(base + "/" + opened + "/note");
    Page saved =
        kw.submit(
            note, Map.of("text", "The case was opened after a call from her school on Friday."));
    assertThat(saved.location()).isEqualTo(base);
    assertThat(
            kw.submit(
                    note,
                    Map.of("text", "The case was opened after a call from her school on Friday."))
                .location())
        .as("a double submit saves once")
        .isEqualTo(base);
    Element withNote = row(kw.get(base), opened);
    assertThat(withNote.select(".chronology-summary").text()).isEqualTo(summary(opened));
    assertThat(withNote.select(".chronology-note").text())
        .contains("The case was opened after a call from her school on Friday.")
        .contains("Rhys Jones");
    assertThat(
            jdbc.sql("SELECT count(*) FROM chronology_note WHERE entry_id = ?")
                .param(opened)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void nothingIsEverDeletedAndEveryEarlierStateIsKeptByTheDatabase() {
    String caseId = newCase("Gale");
    String base = "/cases/" + caseId + "/chronology";
    UUID entry = write(base, "Told her teacher an older man gave her a phone.");
    UUID opened = automaticEntry(caseId);

    assertThatThrownBy(
            () -> jdbc.sql("DELETE FROM chronology_entry WHERE id = ?").param(entry).update())
        .hasStackTraceContaining("permission denied");
    jdbc.sql("UPDATE chronology_entry SET summary = 'Overwritten' WHERE id = ?")
        .param(entry)
        .update();
    assertThat(
            jdbc.sql("SELECT summary FROM chronology_entry_history WHERE entry_id = ?")
                .param(entry)
                .query(String.class)
                .single())
        .isEqualTo("Told her teacher an older man gave her a phone.");
    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE chronology_entry SET summary = 'Rewritten' WHERE id = ?")
                    .param(opened)
                    .update())
        .hasStackTraceContaining("cannot be changed");
    assertThatThrownBy(
            () ->
                jdbc.sql("DELETE FROM chronology_entry_history WHERE entry_id = ?")
                    .param(entry)
                    .update())
        .hasStackTraceContaining("permission denied");
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "INSERT INTO chronology_entry_history (entry_id, version, occurred_on,"
                            + " summary, significance, status, superseded_at)"
                            + " VALUES (?, 99, current_date, 'Forged', 'ROUTINE', 'CURRENT', now())")
                    .param(entry)
                    .update())
        .hasStackTraceContaining("permission denied");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM chronology_note").update())
        .hasStackTraceContaining("permission denied");
  }

  @Test
  void blamingWordsAreShownBeforeTheEntryIsSavedAndThePractitionerChooses() {
    String caseId = newCase("Hollis");
    String base = "/cases/" + caseId + "/chronology";
    long keptBefore = findings("KEPT", "putting-themselves-at-risk");
    long changedBefore = findings("CHANGED", "putting-themselves-at-risk");

    Page form = kw.get(base + "/new");
    Map<String, String> entry =
        ChronologyEntryForm.significant(
            "Staff said she keeps putting herself at risk at the flat.");
    Page checked = kw.submit(form, entry);
    assertThat(checked.status()).as("shown before saving, not saved").isEqualTo(200);
    assertThat(checked.document().select("#check-words").text())
        .contains("putting herself at risk")
        .contains("What happened");
    assertThat(checked.document().select("textarea#whatHappened").text())
        .isEqualTo("Staff said she keeps putting herself at risk at the flat.");
    assertThat(manualEntries(caseId)).isZero();

    Page kept = kw.submitAsShown(checked, "main form[method=post]", Map.of());
    assertThat(kept.location()).as("kept as written: saved now").isEqualTo(base);
    assertThat(manualEntries(caseId)).isEqualTo(1);
    assertThat(findings("KEPT", "putting-themselves-at-risk")).isEqualTo(keptBefore + 1);

    Page second =
        kw.submit(
            kw.get(base + "/new"),
            ChronologyEntryForm.significant("She is putting herself at risk again."));
    assertThat(second.document().select("#check-words").text()).contains("putting herself at risk");
    Page changed =
        kw.submitAsShown(
            second,
            "main form[method=post]",
            Map.of("whatHappened", "Adults are still contacting her and asking her to meet."));
    assertThat(changed.location()).as("changed and no longer flagged: saved").isEqualTo(base);
    assertThat(manualEntries(caseId)).isEqualTo(2);
    assertThat(findings("CHANGED", "putting-themselves-at-risk")).isEqualTo(changedBefore + 1);
    assertThat(kw.get(base).document().select("#chronology").text())
        .contains("Adults are still contacting her")
        .doesNotContain("She is putting herself at risk again");

    UUID written = manualEntry(caseId, "Staff said she keeps putting herself at risk at the flat.");
    Page correction =
        kw.submitAsShown(
            kw.get(base + "/" + written + "/correct"),
            "main form[method=post]",
            Map.of(
                "whatHappened", "Staff said she is promiscuous.",
                "reason", "Staff gave more detail"));
    assertThat(correction.status()).isEqualTo(200);
    assertThat(correction.document().select("#check-words").text()).contains("promiscuous");
    assertThat(history(written)).as("not saved before the practitioner chooses").isZero();
    Page rewritten =
        kw.submitAsShown(
            correction,
            "main form[method=post]",
            Map.of("whatHappened", "Staff said adults at the flat are exploiting her."));
    assertThat(rewritten.location()).isEqualTo(base);
    assertThat(summary(written)).isEqualTo("Staff said adults at the flat are exploiting her.");
  }

  @Test
  void anotherCasesEntryIdIsRefusedAndAuditedNeverReportedAsSaved() {
    String mine = newCase("Ivo");
    String theirs = newCase("Juno");
    UUID other =
        write("/cases/" + theirs + "/chronology", "An entry on another young person's case.");
    String base = "/cases/" + mine + "/chronology";
    String path = base + "/" + other;

    assertThat(kw.get(path + "/perspective").status()).isEqualTo(404);
    assertThat(kw.get(path + "/correct").status()).isEqualTo(404);
    assertThat(kw.get(path + "/withdraw").status()).isEqualTo(404);
    assertThat(kw.get(path + "/note").status()).isEqualTo(404);
    assertThat(post(path + "/perspective", Map.of("view", "Not mine", "version", "0")).status())
        .isEqualTo(404);
    assertThat(
            post(
                    path + "/correct",
                    Map.of(
                        "occurredDay", "3",
                        "occurredMonth", "2",
                        "occurredYear", "2026",
                        "whatHappened", "Tampered",
                        "significance", "ROUTINE",
                        "reason", "Tampered",
                        "version", "0"))
                .status())
        .isEqualTo(404);
    assertThat(post(path + "/withdraw", Map.of("reason", "Tampered", "version", "0")).status())
        .isEqualTo(404);
    assertThat(
            post(path + "/note", Map.of("text", "Tampered", "noteId", UUID.randomUUID().toString()))
                .status())
        .isEqualTo(404);
    Map<String, String> tamperedNew =
        ChronologyEntryForm.significant("A new entry posted with another case's entry id.");
    tamperedNew.put("entryId", other.toString());
    Page added = post(base + "/new", tamperedNew);
    assertThat(added.status()).isEqualTo(404);

    assertThat(summary(other)).isEqualTo("An entry on another young person's case.");
    assertThat(status(other)).isEqualTo("CURRENT");
    assertThat(manualEntries(mine)).isZero();
    assertThat(
            jdbc.sql(
                    "SELECT young_person_view IS NULL AND NOT EXISTS (SELECT 1 FROM chronology_note"
                        + " n WHERE n.entry_id = e.id) FROM chronology_entry e WHERE id = ?")
                .param(other)
                .query(Boolean.class)
                .single())
        .isTrue();
    assertThat(kw.get(base).document().select(".govuk-notification-banner--success")).isEmpty();
    assertThat(
            audited(
                mine,
                "ACCESS_DENIED",
                "DENIED",
                "chronology entry " + other + " is not on this case"))
        .isEqualTo(9);
  }

  private Page post(String path, Map<String, String> fields) {
    Map<String, String> withToken = new HashMap<>(fields);
    withToken.put("_csrf", kw.csrfToken());
    return kw.post(path, withToken);
  }

  private String newCase(String name) {
    actAs.user("screening.lee");
    try {
      ChildId child = fixtures.aChildWithKeyWorker(name, "kw.jones");
      return cases.openOrAdd(child, "CON-CORR-" + UUID.randomUUID()).toString();
    } finally {
      actAs.nobody();
    }
  }

  /** Writes an entry without blaming words (so it saves at once) and returns its id. */
  private UUID write(String base, String text) {
    Page saved = kw.submit(kw.get(base + "/new"), ChronologyEntryForm.significant(text));
    assertThat(saved.location()).as(saved.body()).isEqualTo(base);
    kw.get(base); // shows (and so uses up) the "entry added" message
    String caseId = base.split("/")[2];
    return manualEntry(caseId, text);
  }

  private UUID manualEntry(String caseId, String text) {
    return jdbc.sql(
            "SELECT id FROM chronology_entry WHERE case_id = ?::uuid AND kind = 'MANUAL'"
                + " AND summary = ?")
        .params(caseId, text)
        .query(UUID.class)
        .single();
  }

  private UUID automaticEntry(String caseId) {
    return CaseRows.one(
        jdbc,
        UUID.class,
        "SELECT id FROM chronology_entry WHERE case_id = ?::uuid AND kind = 'CASE_OPENED'",
        caseId);
  }

  private static Element row(Page page, UUID entry) {
    Element row = page.document().selectFirst("#chronology tr[data-entry=" + entry + "]");
    assertThat(row).as("row of entry %s", entry).isNotNull();
    return row;
  }

  private long manualEntries(String caseId) {
    return CaseRows.count(
        jdbc,
        "SELECT count(*) FROM chronology_entry WHERE case_id = ?::uuid AND kind = 'MANUAL'",
        caseId);
  }

  private long history(UUID entry) {
    return CaseRows.count(
        jdbc, "SELECT count(*) FROM chronology_entry_history WHERE entry_id = ?", entry);
  }

  private String summary(UUID entry) {
    return entryColumn("summary", entry);
  }

  private String status(UUID entry) {
    return entryColumn("status", entry);
  }

  private String entryColumn(String column, UUID entry) {
    return CaseRows.one(
        jdbc, String.class, "SELECT " + column + " FROM chronology_entry WHERE id = ?", entry);
  }

  private long findings(String outcome, String entry) {
    return CaseRows.count(
        jdbc,
        "SELECT count(*) FROM language_finding_event WHERE outcome = ? AND entry_id = ?",
        outcome,
        entry);
  }

  private long audited(String caseId, String action, String outcome, String detail) {
    return CaseRows.audited(
        jdbc, "case", caseId, "action = ? AND outcome = ? AND detail = ?", action, outcome, detail);
  }
}
