package uk.harbour.cases.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.CaseRows;
import uk.harbour.cases.assessment.CaseFixture;
import uk.harbour.cases.assessment.Downloads;
import uk.harbour.shared.DisplayDates;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/** The multi-agency plan over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixture.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanIntegrationTests {

  @LocalServerPort int port;
  @Autowired CaseFixture fixture;
  @Autowired JdbcClient jdbc;
  @Autowired DisplayDates dates;

  Browser keyWorker;

  @BeforeAll
  void signIn() {
    keyWorker = Demo.signIn(port, "kw.jones");
  }

  @Test
  void aPlanCannotBeFinalisedWithAnEmptyDisruptionSectionUnlessAReasonIsRecorded() {
    CaseId id = fixture.newCase("Gray");
    String base = "/cases/" + id + "/plan";
    savePlan(base, Map.of("text[PRIORITIES]", "To stay at college"));
    Page refused = keyWorker.open(finalise(base).location());
    assertThat(refused.errorSummary()).contains("Add at least one action to disrupt");
    assertThat(finalised(id)).isFalse();

    savePlan(base, Map.of("noDisruptionReason", "Police are still finding out who the adults are"));
    Page done = keyWorker.open(finalise(base).location());
    assertThat(done.body()).contains("The plan has been finalised");
    assertThat(finalised(id)).isTrue();
  }

  @Test
  void aFinalisedPlanNeverLosesItsDisruptionSectionAndCanBeFinalisedAgainAfterItChanges() {
    CaseId id = fixture.newCase("Gale");
    String base = "/cases/" + id + "/plan";
    savePlan(base, Map.of("noDisruptionReason", "Police are still finding out who the adults are"));
    assertThat(keyWorker.open(finalise(base).location()).body())
        .contains("The plan has been finalised");
    var firstFinalised = finalisedAt(id);

    Page refused =
        keyWorker.submitAsShown(
            keyWorker.get(base + "/edit"),
            "main form[method=post]",
            Map.of("noDisruptionReason", "", "text[JUSTICE]", "She does not want to go to court"));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.fieldError("noDisruptionReason"))
        .contains("This plan has been finalised and has no disruption action");
    assertThat(refused.document().getElementById("text[JUSTICE]").wholeText())
        .isEqualTo("She does not want to go to court");
    assertThat(reason(id)).isEqualTo("Police are still finding out who the adults are");

    Page unchanged = keyWorker.post(base + "/finalise", Map.of("_csrf", keyWorker.csrfToken()));
    assertThat(keyWorker.open(unchanged.location()).body())
        .contains("already finalised and has not changed since");
    assertThat(finalisedAt(id)).isEqualTo(firstFinalised);

    savePlan(base, Map.of("text[JUSTICE]", "She wants support before any interview"));
    Page overview = keyWorker.get(base);
    assertThat(overview.document().select("main form[action$=/finalise] button").text())
        .isEqualTo("Finalise the plan again");
    assertThat(keyWorker.open(finalise(base).location()).body())
        .contains("The plan has been finalised");
    assertThat(finalisedAt(id)).isAfter(firstFinalised);
    assertThat(keyWorker.get(base).document().select("main form[action$=/finalise]")).isEmpty();
  }

  @Test
  void theOnlyDisruptionActionOfAFinalisedPlanWithoutAReasonCannotBeMovedOut() {
    CaseId id = fixture.newCase("Hale");
    String base = "/cases/" + id + "/plan";
    keyWorker.submitAsShown(
        keyWorker.get(base + "/actions/new?section=DISRUPTION"),
        "main form[method=post]",
        action("Serve a warning notice on the driver", LocalDate.of(2030, 1, 1)));
    keyWorker.open(finalise(base).location());
    String edit =
        keyWorker.get(base).document().selectFirst("td a[href*=/plan/actions/]").attr("href");
    Page refused =
        keyWorker.submitAsShown(
            keyWorker.get(edit), "main form[method=post]", Map.of("section", "FAMILY_SUPPORT"));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.fieldError("section")).contains("this is its only disruption action");
    assertThat(
            jdbc.sql(
                    "SELECT a.section FROM plan_action a JOIN plan p ON p.id = a.plan_id"
                        + " WHERE p.case_id = ?")
                .param(id.value())
                .query(String.class)
                .single())
        .isEqualTo("DISRUPTION");
  }

  @Test
  void aDisruptionActionLetsThePlanBeFinalisedAndADoubleSubmitAddsItOnce() {
    CaseId id = fixture.newCase("Hollis");
    String base = "/cases/" + id + "/plan";
    Page form = keyWorker.get(base + "/actions/new?section=DISRUPTION");
    Map<String, String> fields =
        action(
            "Serve a warning notice on the adult seen with Hollis", LocalDate.now().minusDays(3));
    Page first = keyWorker.submitAsShown(form, "main form[method=post]", fields);
    Page second = keyWorker.submitAsShown(form, "main form[method=post]", fields);
    assertThat(first.location()).isEqualTo(base);
    assertThat(second.location()).isEqualTo(base);
    assertThat(count("plan_action", id)).isEqualTo(1);

    Page overview = keyWorker.get(base);
    assertThat(overview.body()).contains("Serve a warning notice").contains("Overdue");
    assertThat(keyWorker.open(finalise(base).location()).body())
        .contains("The plan has been finalised");
  }

  @Test
  void anActionFormWithMissingAndOverLongAnswersShowsErrors() {
    CaseId id = fixture.newCase("Indy");
    Page page =
        keyWorker.submitAsShown(
            keyWorker.get("/cases/" + id + "/plan/actions/new"),
            "main form[method=post]",
            Map.of(
                "what",
                "x".repeat(10_001),
                "dueDate.day",
                "31",
                "dueDate.month",
                "2",
                "dueDate.year",
                "2027"));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.errorSummary())
        .contains("10,000 characters or fewer")
        .contains("Enter the person responsible")
        .contains("Enter a real date");
    assertThat(count("plan_action", id)).isZero();
  }

  @Test
  void anActionsOwnerMustBeFromAnAgencyHarbourLists() {
    CaseId id = fixture.newCase("Ivo");
    Map<String, String> fields = action("Speak to the hotel manager", LocalDate.of(2030, 1, 1));
    fields.put("ownerAgency", "An agency Harbour does not know");
    Page page =
        keyWorker.submitAsShown(
            keyWorker.get("/cases/" + id + "/plan/actions/new"), "main form[method=post]", fields);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.fieldError("ownerAgency")).contains("Choose their agency");
    assertThat(count("plan_action", id)).isZero();
  }

  @Test
  void progressMeasuresShowAsAChartWithADataTable() {
    CaseId id = fixture.newCase("Jules");
    String base = "/cases/" + id + "/plan";
    keyWorker.submitAsShown(
        keyWorker.get(base + "/measures/new"),
        "main form[method=post]",
        Map.of("name", "Nights missing in the last month"));
    for (String[] p : new String[][] {{"1", "4"}, {"28", "1"}}) {
      Page form = keyWorker.get(base + "/measures/record");
      String measure = form.document().selectFirst("select[name=measureId] option").attr("value");
      Page saved =
          keyWorker.submitAsShown(
              form,
              "main form[method=post]",
              Map.of(
                  "measureId",
                  measure,
                  "recordedOn.day",
                  p[0],
                  "recordedOn.month",
                  "2",
                  "recordedOn.year",
                  "2026",
                  "value",
                  p[1]));
      assertThat(saved.isRedirect()).as(saved.body()).isTrue();
    }
    Page overview = keyWorker.get(base);
    assertThat(overview.document().select("svg polyline").attr("points")).contains(" ");
    assertThat(overview.document().select("svg circle")).hasSize(2);
    assertThat(overview.document().select("#progress ~ table td").eachText())
        .contains("1 February 2026", "4", "28 February 2026", "1");
  }

  @Test
  void aReviewRecordsAttendeesByAgencyViewsAndDecisionsAndTheNextReviewDefaultsToFourWeeks() {
    CaseId id = fixture.newCase("Kit");
    String base = "/cases/" + id + "/plan";
    Page form = keyWorker.get(base + "/reviews/new");
    assertThat(form.document().select("input[name$='].name']")).hasSize(3);
    Map<String, String> fields = new HashMap<>();
    fields.put("heldOn.day", "2");
    fields.put("heldOn.month", "3");
    fields.put("heldOn.year", "2026");
    fields.put("attendees[0].name", "Rhys Jones");
    fields.put("attendees[0].agency", "Northbridge Children's Social Care");
    fields.put("attendees[0].role", "Key worker");
    fields.put("attendees[1].name", "PC Ali");
    fields.put("attendees[1].agency", "Northbridge Police Child Exploitation Team");
    fields.put("attendees[1].role", "CSE officer");
    fields.put("youngPersonPart", "VIEWS_SHARED_BEFORE");
    fields.put("youngPersonViews", "I want to keep going to football");
    fields.put("familyPart", "ATTENDED");
    fields.put("decisions", "Police to check the flat on Mill Lane");

    Map<String, String> more = new HashMap<>(fields);
    more.put("addAttendee", "yes");
    Page fourRows = keyWorker.submitAsShown(form, "main form[method=post]", more);
    assertThat(fourRows.status()).isEqualTo(200);
    assertThat(fourRows.document().select("input[name$='].name']")).hasSize(4);
    assertThat(fourRows.document().getElementById("attendees[1].name").attr("value"))
        .isEqualTo("PC Ali");
    assertThat(count("plan_review", id)).as("adding a row saves nothing").isZero();

    Map<String, String> bad = new HashMap<>(fields);
    bad.put("attendees[2].name", "Someone");
    bad.put("attendees[2].agency", "Not an agency Harbour knows");
    Page refused = keyWorker.submitAsShown(fourRows, "main form[method=post]", bad);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.document().getElementById("attendees[2].agency-error").text())
        .contains("Choose the agency");
    assertThat(refused.document().getElementById("attendees[2].role-error").text())
        .contains("Enter their role");

    Map<String, String> good = new HashMap<>(fields);
    good.put("attendees[2].name", "Sam Patel");
    good.put("attendees[2].agency", "OTHER");
    good.put("attendees[2].role", "Housing officer, Northbridge Homes");
    good.put("attendanceNotes", "The school nurse sent apologies");
    Page saved = keyWorker.submitAsShown(refused, "main form[method=post]", good);
    assertThat(saved.isRedirect()).as(saved.body()).isTrue();
    Page overview = keyWorker.get(base);
    assertThat(overview.document().select("#reviews ~ dl li").eachText())
        .containsExactly(
            "Rhys Jones, Key worker (Northbridge Children's Social Care)",
            "PC Ali, CSE officer (Northbridge Police Child Exploitation Team)",
            "Sam Patel, Housing officer, Northbridge Homes (another agency)");
    assertThat(overview.body())
        .contains("The school nurse sent apologies")
        .contains("I want to keep going to football")
        .contains("Police to check the flat on Mill Lane")
        .contains(dates.date(LocalDate.of(2026, 3, 30)));
  }

  @Test
  void theFirstReviewIsDueFourWeeksAfterThePlanIsFirstFinalisedOrTheCaseOpened() {
    CaseId id = fixture.newCase("Lark");
    String base = "/cases/" + id + "/plan";
    LocalDate opened =
        LocalDate.ofInstant(
            jdbc.sql("SELECT opened_at FROM cases WHERE id = ?")
                .param(id.value())
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant(),
            DisplayDates.ZONE);
    assertThat(keyWorker.get(base).body())
        .contains(dates.date(opened.plusDays(28)) + ": the first review, 28 days after the case");
    savePlan(base, Map.of("noDisruptionReason", "Police are still finding out who the adults are"));
    keyWorker.open(finalise(base).location());
    jdbc.sql(
            "UPDATE plan SET first_finalised_at = '2026-01-05T10:00:00Z',"
                + " finalised_at = '2026-01-05T10:00:00Z', updated_at = '2026-01-05T10:00:00Z'"
                + " WHERE case_id = ?")
        .param(id.value())
        .update();
    assertThat(keyWorker.get(base).body())
        .contains(dates.date(LocalDate.of(2026, 2, 2)) + ": the first review");
    savePlan(base, Map.of("text[JUSTICE]", "A change after finalising"));
    keyWorker.open(finalise(base).location());
    assertThat(keyWorker.get(base).body())
        .as("finalising again does not move the first review")
        .contains(dates.date(LocalDate.of(2026, 2, 2)) + ": the first review");
  }

  @Test
  void theYoungPersonsPlanIsAPdfWhoseTextCanBeExtractedAndTheirCommentsAreRecorded()
      throws Exception {
    CaseId id = fixture.newCase("Lou");
    String base = "/cases/" + id + "/plan";
    savePlan(
        base,
        Map.of(
            "text[YOUNG_PERSON_VERSION]", "Everyone is working to stop the adults who hurt you"));
    Map<String, String> disruption =
        action("Serve a warning notice on Dean at 14 Mill Lane", LocalDate.of(2030, 1, 1));
    keyWorker.submitAsShown(
        keyWorker.get(base + "/actions/new?section=DISRUPTION"),
        "main form[method=post]",
        disruption);
    Map<String, String> support =
        action("Help Lou join the football club", LocalDate.of(2030, 2, 1));
    support.put("section", "YOUNG_PERSON_SUPPORT");
    keyWorker.submitAsShown(
        keyWorker.get(base + "/actions/new?section=YOUNG_PERSON_SUPPORT"),
        "main form[method=post]",
        support);

    Page page = keyWorker.get(base + "/young-person");
    Page commented =
        keyWorker.submitAsShown(
            page,
            "main form[method=post]",
            Map.of("comment", "I want my mum to know about the plan", "howGathered", "At school"));
    assertThat(commented.isRedirect()).isTrue();
    Page shown = keyWorker.get(base + "/young-person");
    assertThat(shown.body())
        .contains("I want my mum to know about the plan")
        .contains("Help Lou join the football club")
        .doesNotContain("Mill Lane")
        .doesNotContain("warning notice");
    assertThat(shown.document().select("#disruption-underway").text())
        .contains("working together to stop the people who are causing you harm");

    HttpResponse<byte[]> pdf = Downloads.get(port, keyWorker, base + "/young-person.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Lou Fixture")
          .contains("Everyone is working to stop the adults who hurt you")
          .contains("Help Lou join the football club")
          .contains("stop the people who are causing you harm")
          .contains("I want my mum to know about the plan")
          .doesNotContain("Mill Lane")
          .doesNotContain("warning notice");
    }
  }

  @Test
  void theSecondOfTwoConcurrentPlanSavesShowsAConflictAndKeepsTheText() {
    CaseId id = fixture.newCase("Mo");
    String base = "/cases/" + id + "/plan";
    savePlan(base, Map.of("text[JUSTICE]", "Start"));
    Page a = keyWorker.get(base + "/edit");
    Page b = keyWorker.get(base + "/edit");
    keyWorker.submitAsShown(a, "main form[method=post]", Map.of("text[JUSTICE]", "From A"));
    Page conflict =
        keyWorker.submitAsShown(b, "main form[method=post]", Map.of("text[JUSTICE]", "From B"));
    assertThat(conflict.status()).isEqualTo(200);
    assertThat(conflict.body()).contains("Someone else saved this plan");
    assertThat(conflict.document().select("dl dd").eachText()).contains("From A");
    assertThat(conflict.document().getElementById("text[JUSTICE]").wholeText()).isEqualTo("From B");
  }

  @Test
  void theSecondOfTwoConcurrentActionUpdatesShowsWhatTheActionNowSays() {
    CaseId id = fixture.newCase("Nat");
    String base = "/cases/" + id + "/plan";
    keyWorker.submitAsShown(
        keyWorker.get(base + "/actions/new"),
        "main form[method=post]",
        action("Visit the hotel with licensing", LocalDate.of(2030, 1, 1)));
    String edit =
        keyWorker.get(base).document().selectFirst("td a[href*=/plan/actions/]").attr("href");
    Page a = keyWorker.get(edit);
    Page b = keyWorker.get(edit);
    keyWorker.submitAsShown(
        a, "main form[method=post]", Map.of("status", "DONE", "outcome", "Visited, no concerns"));
    Page conflict =
        keyWorker.submitAsShown(b, "main form[method=post]", Map.of("status", "IN_PROGRESS"));
    assertThat(conflict.status()).isEqualTo(200);
    assertThat(conflict.body())
        .contains("Someone else changed this action")
        .contains("Visited, no concerns");
    assertThat(conflict.document().select("input[name=status][checked]").attr("value"))
        .isEqualTo("IN_PROGRESS");
  }

  private void savePlan(String base, Map<String, String> fields) {
    Page saved =
        keyWorker.submitAsShown(keyWorker.get(base + "/edit"), "main form[method=post]", fields);
    assertThat(saved.isRedirect()).as(saved.body()).isTrue();
  }

  private Page finalise(String base) {
    return keyWorker.submit(keyWorker.get(base), "main form[action$=/finalise]", Map.of());
  }

  private static Map<String, String> action(String what, LocalDate due) {
    Map<String, String> fields = new HashMap<>();
    fields.put("what", what);
    fields.put("ownerName", "PC Ali, CSE officer");
    fields.put("ownerAgency", "Northbridge Police Child Exploitation Team");
    fields.put("dueDate.day", String.valueOf(due.getDayOfMonth()));
    fields.put("dueDate.month", String.valueOf(due.getMonthValue()));
    fields.put("dueDate.year", String.valueOf(due.getYear()));
    fields.put("status", "NOT_STARTED");
    return fields;
  }

  private java.time.Instant finalisedAt(CaseId id) {
    return jdbc.sql("SELECT finalised_at FROM plan WHERE case_id = ?")
        .param(id.value())
        .query(java.sql.Timestamp.class)
        .single()
        .toInstant();
  }

  private String reason(CaseId id) {
    return CaseRows.one(
        jdbc, String.class, "SELECT no_disruption_reason FROM plan WHERE case_id = ?", id);
  }

  private boolean finalised(CaseId id) {
    return CaseRows.one(
        jdbc,
        Boolean.class,
        "SELECT EXISTS (SELECT 1 FROM plan WHERE case_id = ? AND finalised_at IS NOT NULL)",
        id);
  }

  private long count(String table, CaseId id) {
    return CaseRows.inPlan(jdbc, table, id);
  }
}
