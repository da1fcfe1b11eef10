package uk.harbour.cases.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import uk.harbour.cases.CaseActivity;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.CaseRows;
import uk.harbour.cases.Cases;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/** The assessment over real HTTP: writing, versions, sign-off, conflicts and bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixture.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentIntegrationTests {

  @LocalServerPort int port;
  @Autowired CaseFixture fixture;
  @Autowired JdbcClient jdbc;
  @Autowired ActAs actAs;
  @Autowired Cases cases;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;

  Browser keyWorker;
  Browser manager;

  @BeforeAll
  void signIn() {
    keyWorker = Demo.signIn(port, "kw.jones");
    manager = Demo.signIn(port, "manager.okafor");
  }

  @Test
  void aKeyWorkerWritesAndSubmitsAndTheirManagerSignsOff() {
    CaseId id = fixture.newCase("Ash");
    String base = "/cases/" + id + "/assessment";
    assertThat(keyWorker.get(base).body()).contains("Not started");

    Page saved =
        keyWorker.submitAsShown(
            keyWorker.get(base + "/edit"),
            "main form[method=post]",
            Map.of(
                "text[NEEDS]", "Somewhere safe to be after school and someone to talk to",
                "observations[GOING_MISSING]", "Came home late twice, collected by a car",
                "levelOfResponse", "SPECIALIST",
                "text[LEVEL_REASONS]", "Adults are controlling where Ash goes"));
    assertThat(saved.location()).isEqualTo(base);
    Page overview = keyWorker.get(base);
    assertThat(overview.body())
        .contains("Somewhere safe to be after school")
        .contains("Came home late twice, collected by a car")
        .contains("Specialist support");

    Page submitted = keyWorker.submit(overview, "main form[action$=/submit]", Map.of());
    Page again = keyWorker.submit(overview, "main form[action$=/submit]", Map.of());
    assertThat(submitted.location()).isEqualTo(base);
    assertThat(again.location()).isEqualTo(base);
    assertThat(versions(id)).as("a double submit makes one version").isEqualTo(1);

    assertThat(keyWorker.get(base).document().select("main form[action$=/sign-off]")).isEmpty();
    Page refused =
        keyWorker.post(base + "/sign-off", Map.of("_csrf", keyWorker.csrfToken(), "number", "1"));
    assertThat(refused.status()).as("the author may not sign off").isEqualTo(403);

    Page managerView = manager.get(base);
    assertThat(managerView.status()).isEqualTo(200);
    Page notANumber =
        manager.submit(
            managerView, "main form[action$=/sign-off]", Map.of("number", "one", "note", "Agreed"));
    assertThat(notANumber.status()).as("shown on the page, not refused").isEqualTo(200);
    assertThat(notANumber.document().title()).startsWith("Error: ");
    assertThat(versionsSignedOff(id)).as("nothing signed off").isZero();
    managerView = manager.get(base);
    Page signed =
        manager.submit(
            managerView, "main form[action$=/sign-off]", Map.of("note", "Agreed, good work"));
    assertThat(signed.location()).isEqualTo(base);
    assertThat(manager.get(base).body())
        .contains("Signed off by a manager")
        .contains("Agreed, good work");

    assertThat(audited(id, "VIEW", "assessment")).isPositive();
    assertThat(audited(id, "CHANGE", "assessment version 1 submitted")).isEqualTo(1);
    assertThat(audited(id, "CHANGE", "assessment version 1 signed off")).isEqualTo(1);
    assertThat(audited(id, "ACCESS_DENIED", "assessment sign-off")).isEqualTo(1);

    Page compared = keyWorker.get(base + "/compare?from=1&to=0");
    assertThat(compared.status()).isEqualTo(200);
    assertThat(compared.document().select("td").eachText()).contains("Same");
  }

  @Test
  void theSecondOfTwoConcurrentSavesShowsWhatChangedAndLosesNothing() {
    CaseId id = fixture.newCase("Blake");
    String base = "/cases/" + id + "/assessment";
    Page first = keyWorker.get(base + "/edit");
    Page second = keyWorker.get(base + "/edit");
    keyWorker.submitAsShown(
        first, "main form[method=post]", Map.of("text[NEEDS]", "Needs from the first writer"));
    Page conflict =
        keyWorker.submitAsShown(
            second, "main form[method=post]", Map.of("text[NEEDS]", "Needs from the second"));

    assertThat(conflict.status()).isEqualTo(200);
    assertThat(conflict.body()).contains("Someone else saved this assessment");
    assertThat(conflict.document().select("dl dd").eachText())
        .contains("Needs from the first writer");
    assertThat(conflict.document().getElementById("text[NEEDS]").wholeText())
        .isEqualTo("Needs from the second");
    assertThat(savedNeeds(id)).isEqualTo("Needs from the first writer");

    Page resolved =
        keyWorker.submitAsShown(
            conflict, "main form[method=post]", Map.of("text[NEEDS]", "Both writers agree"));
    assertThat(resolved.isRedirect()).isTrue();
    assertThat(savedNeeds(id)).isEqualTo("Both writers agree");
  }

  @Test
  void overLongTextIsRefusedWithAnErrorNotCut() {
    CaseId id = fixture.newCase("Casey");
    Page page =
        keyWorker.submitAsShown(
            keyWorker.get("/cases/" + id + "/assessment/edit"),
            "main form[method=post]",
            Map.of("text[STRENGTHS]", "a".repeat(10_001)));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.errorSummary()).contains("10,000 characters or fewer");
    assertThat(page.document().select(".govuk-error-summary a").attr("href"))
        .isEqualTo("#text[STRENGTHS]");
    assertThat(savedNeeds(id)).isNull();
  }

  @Test
  void submittingNeedsAPersonsDecisionWithReasons() {
    CaseId id = fixture.newCase("Dee");
    String base = "/cases/" + id + "/assessment";
    keyWorker.submitAsShown(
        keyWorker.get(base + "/edit"),
        "main form[method=post]",
        Map.of("text[NEEDS]", "Time with people who are safe"));
    Page refused =
        keyWorker.open(
            keyWorker
                .submit(keyWorker.get(base), "main form[action$=/submit]", Map.of())
                .location());
    assertThat(refused.body())
        .contains("Choose the level of response")
        .contains("Write your reasons");
    assertThat(versions(id)).isZero();
  }

  @Test
  void aNewConcernAfterAVersionPromptsAReview() {
    CaseId id = fixture.newCase("Eli");
    String base = "/cases/" + id + "/assessment";
    submitFirstVersion(base);
    assertThat(keyWorker.get(base).body()).doesNotContain("Something new has happened");

    concernLinked(id, "CON-REVIEW-PROMPT");
    assertThat(keyWorker.get(base).body())
        .contains("Something new has happened")
        .contains("CON-REVIEW-PROMPT");
  }

  @Test
  void aMissingEpisodeOnTheCasePromptsAReviewUntilTheNextVersion() {
    CaseId id = fixture.newCase("Gale");
    String base = "/cases/" + id + "/assessment";
    submitFirstVersion(base);

    transactions.executeWithoutResult(
        status ->
            events.publishEvent(
                new CaseActivity(
                    id,
                    CaseActivity.Kind.MISSING_EPISODE,
                    "Missing overnight, found at a friend's house",
                    Instant.parse("2026-03-01T09:00:00Z"),
                    null)));
    assertThat(keyWorker.get(base).body())
        .contains("Something new has happened")
        .contains("Missing overnight, found at a friend");

    keyWorker.submitAsShown(
        keyWorker.get(base + "/edit"),
        "main form[method=post]",
        Map.of("text[NEEDS]", "Reviewed after the missing episode"));
    keyWorker.submit(keyWorker.get(base), "main form[action$=/submit]", Map.of());
    assertThat(keyWorker.get(base).body()).doesNotContain("Something new has happened");
  }

  @Test
  void theSummaryAndThePdfShowAChosenVersionAndSayWhetherItIsADraftOrSignedOff() throws Exception {
    CaseId id = fixture.newCase("Harper");
    String base = "/cases/" + id + "/assessment";
    keyWorker.submitAsShown(
        keyWorker.get(base + "/edit"),
        "main form[method=post]",
        Map.of(
            "levelOfResponse", "TARGETED",
            "text[LEVEL_REASONS]", "Support at school",
            "text[FAMILY_SUMMARY]", "We will help you feel safe at the park"));
    keyWorker.submit(keyWorker.get(base), "main form[action$=/submit]", Map.of());
    manager.submit(manager.get(base), "main form[action$=/sign-off]", Map.of("note", "Agreed"));
    keyWorker.submitAsShown(
        keyWorker.get(base + "/edit"),
        "main form[method=post]",
        Map.of("text[FAMILY_SUMMARY]", "A newer summary nobody has agreed yet"));

    Page summary = keyWorker.get(base + "/summary");
    assertThat(summary.document().select("#shown-version").text())
        .contains("This is version 1, signed off by Grace Okafor");
    assertThat(summary.body())
        .contains("We will help you feel safe at the park")
        .doesNotContain("A newer summary");
    Page draft = keyWorker.get(base + "/summary?version=0");
    assertThat(draft.document().select("#shown-version").text())
        .contains("This is the working copy: a draft");
    assertThat(draft.body()).contains("A newer summary nobody has agreed yet");
    assertThat(keyWorker.get(base + "/summary?version=9").status()).isEqualTo(404);

    String signedOffPdf = pdfText(base + "/export.pdf");
    assertThat(signedOffPdf)
        .contains("This is version 1, signed off by Grace Okafor")
        .contains("We will help you feel safe at the park")
        .doesNotContain("A newer summary");
    String draftPdf = pdfText(base + "/export.pdf?version=0");
    assertThat(draftPdf)
        .contains("This is the working copy: a draft")
        .contains("A newer summary nobody has agreed yet");
    assertThat(audited(id, "EXPORT", "assessment version 1")).isEqualTo(1);
    assertThat(audited(id, "EXPORT", "assessment working copy")).isEqualTo(1);
  }

  @Test
  void aPromptedReviewHasItsOwnDueDateThatALaterPromptDoesNotMove() {
    CaseId id = fixture.newCase("Indigo");
    String base = "/cases/" + id + "/assessment";
    submitFirstVersion(base);
    assertThat(keyWorker.get(base).document().select("#review-due")).isEmpty();

    concernLinked(id, "CON-REVIEW-DUE-1");
    assertThat(keyWorker.get(base).document().select("#review-due").text())
        .contains("a review of the assessment is due by")
        .doesNotContain("Overdue");

    // Monday 6 January 2020 plus 10 working days is Monday 20 January 2020.
    jdbc.sql("UPDATE assessment SET review_prompted_at = '2020-01-06T09:00:00Z' WHERE case_id = ?")
        .param(id.value())
        .update();
    concernLinked(id, "CON-REVIEW-DUE-2");
    assertThat(keyWorker.get(base).document().select("#review-due").text())
        .contains("20 January 2020")
        .contains("Overdue");
  }

  @Test
  void anOverLongSignOffNoteIsAnErrorOnTheFieldAndTheNoteIsKept() {
    CaseId id = fixture.newCase("Jem");
    String base = "/cases/" + id + "/assessment";
    submitFirstVersion(base);
    String note = "Agreed. " + "n".repeat(10_000);
    Page refused =
        manager.submit(manager.get(base), "main form[action$=/sign-off]", Map.of("note", note));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.fieldError("note")).contains("10,000 characters or fewer");
    assertThat(refused.document().select(".govuk-error-summary a").attr("href")).isEqualTo("#note");
    assertThat(refused.document().getElementById("note").wholeText()).isEqualTo(note);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM assessment_version v JOIN assessment a"
                        + " ON a.id = v.assessment_id WHERE a.case_id = ?"
                        + " AND v.signed_off_at IS NOT NULL")
                .param(id.value())
                .query(Long.class)
                .single())
        .isZero();
  }

  private String pdfText(String path) throws Exception {
    var pdf = Downloads.get(port, keyWorker, path);
    assertThat(pdf.statusCode()).isEqualTo(200);
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    }
  }

  @Test
  void someoneOutsideTheTeamIsToldTheCaseDoesNotExist() {
    CaseId id = fixture.newCase("Fen");
    Browser outsider = Demo.signIn(port, "school.green");
    assertThat(outsider.get("/cases/" + id + "/assessment").status()).isEqualTo(404);
    assertThat(outsider.get("/cases/not-a-case/assessment").status()).isEqualTo(404);
  }

  @Test
  void theDatabaseCountsWorkingDaysAsJavaDoes() {
    java.time.LocalDate start = java.time.LocalDate.of(2026, 1, 1);
    for (int day = 0; day < 21; day++) {
      for (int days : new int[] {0, 1, 2, 4, 5, 6, 9, 10, 11, 45, 46}) {
        java.time.LocalDate from = start.plusDays(day);
        java.time.LocalDate sql =
            jdbc.sql("SELECT add_working_days(?, ?)")
                .params(java.sql.Date.valueOf(from), days)
                .query(java.sql.Date.class)
                .single()
                .toLocalDate();
        assertThat(sql).as(from + " + " + days).isEqualTo(WorkingDays.after(from, days));
      }
    }
  }

  /** Writes a targeted assessment at {@code base} as the key worker and submits it. */
  private void submitFirstVersion(String base) {
    keyWorker.submitAsShown(
        keyWorker.get(base + "/edit"),
        "main form[method=post]",
        Map.of("levelOfResponse", "TARGETED", "text[LEVEL_REASONS]", "Support at school"));
    keyWorker.submit(keyWorker.get(base), "main form[action$=/submit]", Map.of());
  }

  /** A new concern about the case's child reaches the case, as screening.lee links it. */
  private void concernLinked(CaseId id, String concernReference) {
    actAs.user("screening.lee");
    cases.openOrAdd(childOf(id), concernReference);
    actAs.nobody();
  }

  private long audited(CaseId id, String action, String detail) {
    return CaseRows.audited(jdbc, "case", id, "action = ? AND detail = ?", action, detail);
  }

  private long versionsSignedOff(CaseId caseId) {
    return versions(caseId, " AND v.signed_off_at IS NOT NULL");
  }

  private long versions(CaseId id) {
    return versions(id, "");
  }

  private long versions(CaseId id, String condition) {
    return CaseRows.count(
        jdbc,
        "SELECT count(*) FROM assessment_version v JOIN assessment a ON a.id = v.assessment_id"
            + " WHERE a.case_id = ?"
            + condition,
        id);
  }

  private String savedNeeds(CaseId id) {
    return jdbc.sql(
            "SELECT t.body FROM assessment_text t JOIN assessment a ON a.id = t.assessment_id"
                + " WHERE a.case_id = ? AND t.version_number = 0 AND t.field = 'NEEDS'")
        .param(id.value())
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private ChildId childOf(CaseId id) {
    return CaseRows.childOf(jdbc, id);
  }
}
