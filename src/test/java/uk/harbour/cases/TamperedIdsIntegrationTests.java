package uk.harbour.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * Issue 9, item 7: a form of one case that names an item of another case in a hidden field or its
 * address (an action, a progress measure, a form's one-time key, a voice entry, a relationship, a
 * person of concern, an assessment version) is refused as not found and audited as a denied access
 * to the case; it is never reported as saved. Both cases are kw.jones's, so only the item is wrong,
 * never the access to the case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixtures.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TamperedIdsIntegrationTests {

  @LocalServerPort int port;
  @Autowired CaseFixtures fixtures;
  @Autowired Cases cases;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;

  Browser kw;
  Browser manager;
  CaseId mine;
  CaseId other;
  String base;

  @BeforeAll
  void twoCasesAndTheOtherOnesItems() {
    actAs.user("screening.lee");
    ChildId a = fixtures.aChildWithKeyWorker("Tamsin", "kw.jones");
    ChildId b = fixtures.aChildWithKeyWorker("Otto", "kw.jones");
    mine = cases.openOrAdd(a, "CON-TAMPER-000001");
    other = cases.openOrAdd(b, "CON-TAMPER-000002");
    actAs.nobody();
    kw = Demo.signIn(port, "kw.jones");
    manager = Demo.signIn(port, "manager.okafor");
    base = "/cases/" + mine;

    String theirs = "/cases/" + other;
    kw.submitAsShown(
        kw.get(theirs + "/plan/actions/new?section=DISRUPTION"),
        FORM,
        action("Warning notice for the driver"));
    kw.submit(kw.get(theirs + "/plan/measures/new"), Map.of("name", "Nights away"));
    kw.submit(kw.get(theirs + "/plan/measures/record"), point(measureOf(other)));
    kw.submit(kw.get(theirs + "/plan/reviews/new"), review());
    kw.submit(
        kw.get(theirs + "/plan/young-person"),
        "main form[action$=/comments]",
        Map.of("comment", "I want to stay at my nan's"));
    kw.submit(kw.get(theirs + "/voice/new"), voice());
    kw.submit(
        kw.get(theirs + "/young-person/relationships/new"),
        Map.of("kind", "FAMILY", "name", "Nan", "closeness", "STRONG"));
    kw.submit(
        kw.get(theirs + "/young-person/persons-of-concern/new"), Map.of("name", "The driver"));
    submitAssessment(theirs);
    submitAssessment(theirs);

    // my own case has a measure, so that only the key of the form is wrong below
    kw.submit(kw.get(base + "/plan/measures/new"), Map.of("name", "School days attended"));
    submitAssessment(base);
  }

  static final String FORM = "main form[method=post]";

  @Test
  void anotherCasesProgressMeasureIsNotFound() {
    long before = points(mine);
    refused(base + "/plan/measures/record", point(measureOf(other)));
    assertThat(points(mine)).isEqualTo(before);
  }

  @Test
  void anotherCasesPlanActionIsNotFoundToReadOrChange() {
    String action = "/plan/actions/" + one("plan_action", other);
    refusedToRead(base + action);
    Map<String, String> fields = action("Changed through the wrong case");
    fields.put("version", "1");
    refused(base + action, fields);
    assertThat(
            jdbc.sql("SELECT what FROM plan_action WHERE id = ?::uuid")
                .param(one("plan_action", other))
                .query(String.class)
                .single())
        .isEqualTo("Warning notice for the driver");
  }

  @Test
  void theOneTimeKeysOfAnotherCasesFormsAreNotFound() {
    Map<String, String> action = action("A new action");
    action.put("requestKey", key("plan_action", other));
    refused(base + "/plan/actions/new", action);

    refused(
        base + "/plan/measures/new",
        Map.of("name", "Another measure", "requestKey", key("plan_measure", other)));

    Map<String, String> point = point(measureOf(mine));
    point.put("requestKey", key("plan_measure_point", other));
    refused(base + "/plan/measures/record", point);

    Map<String, String> review = review();
    review.put("requestKey", key("plan_review", other));
    refused(base + "/plan/reviews/new", review);

    refused(
        base + "/plan/young-person/comments",
        Map.of("comment", "Mine", "requestKey", key("plan_comment", other)));

    assertThat(planRows(mine, "plan_action")).isZero();
    assertThat(planRows(mine, "plan_measure")).isEqualTo(1);
    assertThat(points(mine)).isZero();
    assertThat(planRows(mine, "plan_review")).isZero();
    assertThat(planRows(mine, "plan_comment")).isZero();
  }

  @Test
  void anotherCasesVoiceEntryIdIsNotFound() {
    Map<String, String> voice = voice();
    voice.put("entryId", byCase("voice_entry", other));
    refused(base + "/voice/new", voice);
    assertThat(count("SELECT count(*) FROM voice_entry WHERE case_id = ?", mine)).isZero();
  }

  @Test
  void anotherYoungPersonsRelationshipsAndPersonsOfConcernAreNotFound() {
    String relationship = byChild("young_person_relationship", other);
    String person = byChild("person_of_concern", other);
    refused(
        base + "/young-person/relationships/new",
        Map.of("entryId", relationship, "kind", "FRIEND", "name", "Tia", "closeness", "SOME"));
    refused(
        base + "/young-person/persons-of-concern/new",
        Map.of("entryId", person, "name", "Someone else"));
    refusedToRead(base + "/young-person/relationships/" + relationship + "/remove");
    refused(
        base + "/young-person/relationships/" + relationship + "/remove",
        Map.of("reason", "Tampered"));
    refused(
        base + "/young-person/persons-of-concern/" + person + "/remove",
        Map.of("reason", "Tampered"));
    assertThat(
            count(
                "SELECT count(*) FROM young_person_relationship r JOIN cases c"
                    + " ON c.child_id = r.child_id WHERE c.id = ? AND r.removed_at IS NULL",
                other))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT count(*) FROM person_of_concern r JOIN cases c"
                    + " ON c.child_id = r.child_id WHERE c.id = ? AND r.removed_at IS NULL",
                other))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT count(*) FROM young_person_relationship r JOIN cases c"
                    + " ON c.child_id = r.child_id WHERE c.id = ?",
                mine))
        .isZero();
  }

  @Test
  void anAssessmentVersionThisCaseDoesNotHaveIsNotFound() {
    // the other case has a version 2; this one has only version 1
    refused(manager, base + "/assessment/sign-off", Map.of("number", "2"));
    assertThat(
            count(
                "SELECT count(*) FROM assessment_version v JOIN assessment a"
                    + " ON a.id = v.assessment_id WHERE a.case_id = ? AND v.signed_off_at IS NOT NULL",
                mine))
        .isZero();
  }

  private void refused(String path, Map<String, String> fields) {
    refused(kw, path, fields);
  }

  private void refused(Browser browser, String path, Map<String, String> fields) {
    long before = denials(mine);
    Map<String, String> posted = new HashMap<>(fields);
    posted.put("_csrf", browser.csrfToken());
    Page page = browser.post(path, posted);
    assertThat(page.status()).as("POST " + path + " " + fields).isEqualTo(404);
    assertThat(denials(mine)).as("a denial audited for POST " + path).isEqualTo(before + 1);
  }

  private void refusedToRead(String path) {
    long before = denials(mine);
    assertThat(kw.get(path).status()).as("GET " + path).isEqualTo(404);
    assertThat(denials(mine)).as("a denial audited for GET " + path).isEqualTo(before + 1);
  }

  private long denials(CaseId id) {
    return CaseRows.audited(jdbc, "case", id, "outcome = 'DENIED'");
  }

  private void submitAssessment(String caseBase) {
    kw.submitAsShown(
        kw.get(caseBase + "/assessment/edit"),
        FORM,
        Map.of(
            "levelOfResponse",
            "TARGETED",
            "text[LEVEL_REASONS]",
            "Worries about an adult collecting them " + UUID.randomUUID()));
    kw.submit(kw.get(caseBase + "/assessment"), "main form[action$=/submit]", Map.of());
  }

  private String measureOf(CaseId id) {
    return CaseRows.one(
        jdbc,
        String.class,
        "SELECT m.id::text FROM plan_measure m JOIN plan p ON p.id = m.plan_id"
            + " WHERE p.case_id = ? ORDER BY m.created_at LIMIT 1",
        id);
  }

  private String one(String table, CaseId id) {
    return CaseRows.one(
        jdbc,
        String.class,
        "SELECT t.id::text FROM "
            + table
            + " t JOIN plan p ON p.id = t.plan_id WHERE p.case_id = ? LIMIT 1",
        id);
  }

  private String key(String table, CaseId id) {
    String join =
        table.equals("plan_measure_point")
            ? " t JOIN plan_measure m ON m.id = t.measure_id JOIN plan p ON p.id = m.plan_id"
            : " t JOIN plan p ON p.id = t.plan_id";
    List<String> keys =
        jdbc.sql("SELECT t.request_key::text FROM " + table + join + " WHERE p.case_id = ?")
            .param(id.value())
            .query(String.class)
            .list();
    assertThat(keys).as(table + " of the other case").hasSize(1);
    return keys.get(0);
  }

  private String byCase(String table, CaseId id) {
    return CaseRows.one(
        jdbc, String.class, "SELECT id::text FROM " + table + " WHERE case_id = ?", id);
  }

  private String byChild(String table, CaseId id) {
    return CaseRows.one(
        jdbc,
        String.class,
        "SELECT t.id::text FROM "
            + table
            + " t JOIN cases c ON c.child_id = t.child_id WHERE c.id = ?",
        id);
  }

  private long planRows(CaseId id, String table) {
    return CaseRows.inPlan(jdbc, table, id);
  }

  private long points(CaseId id) {
    return count(
        "SELECT count(*) FROM plan_measure_point t JOIN plan_measure m ON m.id = t.measure_id"
            + " JOIN plan p ON p.id = m.plan_id WHERE p.case_id = ?",
        id);
  }

  private long count(String sql, CaseId id) {
    return CaseRows.count(jdbc, sql, id);
  }

  private static Map<String, String> action(String what) {
    LocalDate due = LocalDate.of(2030, 1, 1);
    Map<String, String> fields = new HashMap<>();
    fields.put("section", "DISRUPTION");
    fields.put("what", what);
    fields.put("ownerName", "PC Ali, CSE officer");
    fields.put("ownerAgency", "Northbridge Police Child Exploitation Team");
    fields.put("dueDate.day", String.valueOf(due.getDayOfMonth()));
    fields.put("dueDate.month", String.valueOf(due.getMonthValue()));
    fields.put("dueDate.year", String.valueOf(due.getYear()));
    fields.put("status", "NOT_STARTED");
    return fields;
  }

  private static Map<String, String> point(String measure) {
    Map<String, String> fields = new HashMap<>();
    fields.put("measureId", measure);
    fields.put("recordedOn.day", "2");
    fields.put("recordedOn.month", "3");
    fields.put("recordedOn.year", "2026");
    fields.put("value", "3");
    return fields;
  }

  private static Map<String, String> review() {
    Map<String, String> fields = new HashMap<>();
    fields.put("heldOn.day", "2");
    fields.put("heldOn.month", "3");
    fields.put("heldOn.year", "2026");
    fields.put("attendees[0].name", "Rhys Jones");
    fields.put("attendees[0].agency", "Northbridge Children's Social Care");
    fields.put("attendees[0].role", "Key worker");
    fields.put("youngPersonPart", "ATTENDED");
    fields.put("familyPart", "ATTENDED");
    fields.put("decisions", "Keep going");
    return fields;
  }

  private static Map<String, String> voice() {
    Map<String, String> fields = new HashMap<>();
    fields.put("theirWords", "I feel safer at my nan's.");
    fields.put("saidDay", "10");
    fields.put("saidMonth", "3");
    fields.put("saidYear", "2026");
    fields.put("howGathered", "CONVERSATION");
    fields.put("gatheredBy", "Rhys Jones, key worker");
    fields.put("consentToRecord", "AGREED");
    fields.put("consentToShare", "AGREED");
    return fields;
  }
}
