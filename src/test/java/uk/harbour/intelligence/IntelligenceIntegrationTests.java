package uk.harbour.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;
import uk.harbour.testing.TestConcerns;
import uk.harbour.testing.TestIntelligence;

/**
 * Partner intelligence over real HTTP with the demo world's users: the "Deano" case (two children's
 * practitioners name the same nickname, partial plate and flat; the intelligence unit confirms one
 * person, one vehicle and one place, both children linked, both key workers told), the duty queue,
 * what the submitter sees, and what a practitioner outside a linked child's team sees.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IntelligenceIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired uk.harbour.accesscontrol.Directory directory;

  @Test
  void twoSubmissionsNamingTheSameAdultVehicleAndFlatEndAsOneOfEachWithBothChildrenLinked() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String nickname = "Deano" + tag;
    UUID first = childOf("kw.jones", null);
    UUID second = childOf("kw.ahmed", "kw.jones");
    long beforeJones = notifications("kw.jones");
    long beforeAhmed = notifications("kw.ahmed");

    UUID one =
        submit(
            "kw.jones",
            first,
            Map.of(
                "whatKnown",
                "Seen getting into a car outside school with an adult.",
                "items[0].nickname",
                nickname,
                "items[0].approxAge",
                "25",
                "items[1].plate",
                "YT" + digits(tag).substring(0, 2) + " ?" + plateTail(tag),
                "items[1].make",
                "Audi",
                "items[1].colour",
                "black",
                "items[4].placeName",
                "Mill Court " + tag,
                "items[4].address",
                "Flat 3, " + digits(tag) + " Mill Lane",
                "items[4].postcode",
                "NB9 " + digits(tag).charAt(0) + "QZ"));
    Browser officer = Demo.signIn(port, "intel.patel");
    triage(officer, one, Map.of());

    UUID two =
        submit(
            "kw.ahmed",
            second,
            Map.of(
                "whatKnown",
                "A public report names an adult who gives lifts.",
                "items[0].nickname",
                nickname.toLowerCase(),
                "items[0].approxAge",
                "26",
                "items[1].plate",
                "YT" + digits(tag).substring(0, 1) + "??" + plateTail(tag),
                "items[1].colour",
                "Black",
                "items[4].placeName",
                "Mill Court " + tag,
                "items[4].address",
                digits(tag) + " Mill Ln flat 3",
                "items[4].postcode",
                "nb9" + digits(tag).charAt(0) + "qz"));
    Page form = officer.get("/intelligence/" + two + "/triage");
    // Other tests' black Audis and Mill Court flats share this database, so the first
    // submission's entry must be offered for every mention, though not necessarily first.
    List<String> fromFirst =
        jdbc.sql("SELECT entity_id::text FROM intel_mention WHERE submission_id = ?")
            .param(one)
            .query(String.class)
            .list();
    Map<String, String> sameAsBefore = new LinkedHashMap<>();
    for (var mention :
        form.document().select("fieldset .govuk-radios:has(input[name^=resolutions])")) {
      var firstOption = mention.selectFirst("input[type=radio]");
      assertThat(firstOption.attr("value"))
          .as("an existing entry is offered first for every mention")
          .isNotEqualTo("new");
      var offered =
          mention.select("input[type=radio]").stream()
              .filter(option -> fromFirst.contains(option.attr("value")))
              .findFirst();
      assertThat(offered).as("the first submission's entry is offered").isPresent();
      sameAsBefore.put(offered.get().attr("name"), offered.get().attr("value"));
    }
    assertThat(sameAsBefore).hasSize(3);
    triage(officer, two, sameAsBefore);

    assertThat(
            count(
                "SELECT count(DISTINCT entity_id) FROM intel_mention m"
                    + " WHERE m.submission_id IN (?, ?)",
                one,
                two))
        .isEqualTo(3);
    UUID person = entityOf(two, "PERSON");
    assertThat(entityOf(one, "PERSON")).isEqualTo(person);
    assertThat(
            jdbc.sql(
                    "SELECT count(DISTINCT to_id) FROM intel_link WHERE from_id = ?"
                        + " AND to_kind = 'CHILD'")
                .param(person)
                .query(Long.class)
                .single())
        .isEqualTo(2);
    assertThat(notifications("kw.jones")).isGreaterThan(beforeJones);
    assertThat(notifications("kw.ahmed")).isGreaterThan(beforeAhmed);

    // The officer separates the second mention of the adult, then joins it back: the second
    // child's link moves with it each time, and every decision is kept.
    UUID mention =
        jdbc.sql("SELECT id FROM intel_mention WHERE submission_id = ? AND kind = 'PERSON'")
            .param(two)
            .query(UUID.class)
            .single();
    Page separated =
        officer.post(
            "/intelligence/mentions/" + mention,
            Map.of(
                "_csrf", officer.csrfToken(),
                "decision", "separate",
                "reasons", "A different adult with the same street name"));
    assertThat(separated.isRedirect()).as(separated.body()).isTrue();
    assertThat(entityOf(two, "PERSON")).isNotEqualTo(person);
    assertThat(childrenLinkedTo(person)).isEqualTo(1);
    Page joined =
        officer.post(
            "/intelligence/mentions/" + mention,
            Map.of(
                "_csrf", officer.csrfToken(),
                "decision", person.toString(),
                "reasons", "Same adult after all: the school confirmed the car"));
    assertThat(joined.isRedirect()).as(joined.body()).isTrue();
    assertThat(entityOf(two, "PERSON")).isEqualTo(person);
    assertThat(childrenLinkedTo(person)).isEqualTo(2);
    assertThat(
            jdbc.sql(
                    "SELECT decision FROM intel_resolution WHERE mention_id = ?"
                        + " ORDER BY decided_at, id")
                .param(mention)
                .query(String.class)
                .list())
        .containsExactly("SAME", "SEPARATED", "SAME");

    Page network = Demo.signIn(port, "analyst.novak").get("/intelligence/entities/" + person);
    assertThat(network.status()).isEqualTo(200);
    assertThat(network.body())
        .contains("YT" + digits(tag).substring(0, 2))
        .contains("Mill Court " + tag);
    assertThat(network.document().select("svg.harbour-network a")).isNotEmpty();
  }

  @Test
  void aPractitionerOutsideALinkedChildsTeamSeesOnlyThatALinkExists() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    UUID mine = childOf("kw.jones", null);
    UUID theirs = childOf("kw.ahmed", "kw.jones");
    String theirName =
        jdbc.sql("SELECT first_name FROM child WHERE id = ?")
            .param(theirs)
            .query(String.class)
            .single();
    Browser officer = Demo.signIn(port, "intel.patel");
    triage(
        officer,
        submit(
            "kw.ahmed",
            theirs,
            Map.of("whatKnown", "Adult seen", "items[2].phone", "07700 900" + digits(tag))),
        Map.of());
    UUID phone =
        UUID.fromString(
            jdbc.sql("SELECT id FROM intel_entity WHERE phone = ?")
                .param("+447700900" + digits(tag))
                .query(String.class)
                .single());
    UUID again =
        submit(
            "kw.jones",
            mine,
            Map.of(
                "whatKnown",
                "Same number in her phone",
                "items[2].phone",
                "+44 (0)7700-900" + digits(tag)));
    triage(officer, again, Map.of("resolutions[" + mentionOf(again) + "]", phone.toString()));

    Page links = Demo.signIn(port, "kw.jones").get("/intelligence/children/" + mine);
    assertThat(links.status()).isEqualTo(200);
    assertThat(links.body()).contains("A child you cannot see").doesNotContain(theirName);
    assertThat(links.body()).doesNotContain(theirs.toString());
  }

  @Test
  void riskToAPersonNowTopsTheDutyQueueAndGoesOverdueAfterItsDeadline() {
    UUID ordinary = submit("youth.mensah", null, Map.of("whatKnown", "Older men outside the park"));
    UUID urgent =
        submit(
            "youth.mensah",
            null,
            Map.of(
                "whatKnown", "A girl said she is being taken to a flat tonight",
                "riskNow", "true",
                "riskNowDetails", "A girl of about 14 may be taken to a flat tonight"));
    Browser screening = Demo.signIn(port, "screening.lee");
    List<String> queue = references(Demo.signIn(port, "intel.patel").get("/intelligence/queue"));
    assertThat(queue).contains(reference(urgent));
    assertThat(queue.stream().map(this::isRiskNow).toList())
        .as("every risk-now submission comes before every other")
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(references(screening.get("/intelligence/queue")))
        .as("screening sees only risk-now submissions")
        .contains(reference(urgent))
        .doesNotContain(reference(ordinary));
    assertThat(rowOf(screening.get("/intelligence/queue"), urgent)).doesNotContain("Overdue");
    // Nobody has to open the queue to learn of it: the screening team and the intelligence unit
    // are told as it arrives, and the screening queue says it is waiting.
    for (String onDuty : List.of("screening.lee", "screening.osei", "intel.patel")) {
      assertThat(
              jdbc.sql(
                      "SELECT n.message FROM notification n JOIN app_user u"
                          + " ON u.id = n.recipient_id WHERE u.username = ?"
                          + " AND n.kind = 'intelligence-risk-now'")
                  .param(onDuty)
                  .query(String.class)
                  .list())
          .as(onDuty + " is told")
          .anyMatch(m -> m.contains(reference(urgent)) && !m.contains("flat"));
    }
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM notification n JOIN app_user u ON u.id = n.recipient_id"
                        + " WHERE u.username = 'youth.mensah' AND n.kind = 'intelligence-risk-now'")
                .query(Long.class)
                .single())
        .as("the submitter is not on duty")
        .isZero();
    assertThat(screening.get("/screening").document().select("#risk-now-intelligence").text())
        .contains("may be at risk now")
        .contains("Open the duty queue");

    jdbc.sql("UPDATE intel_submission SET deadline_at = now() - interval '1 minute' WHERE id = ?")
        .param(urgent)
        .update();
    assertThat(rowOf(screening.get("/intelligence/queue"), urgent)).contains("Overdue");
    assertThat(screening.get("/screening").document().select("#risk-now-intelligence").text())
        .contains("past");

    Page shown = screening.get("/intelligence/" + urgent);
    Page acknowledged = screening.submit(shown, "form[action$=acknowledge]", Map.of());
    assertThat(acknowledged.isRedirect()).isTrue();
    assertThat(rowOf(screening.get("/intelligence/queue"), urgent))
        .contains("Sam Lee")
        .doesNotContain("Overdue");
  }

  @Test
  void theSubmitterSeesTheOutcomeButNeverTheGradeOrTheSanitisedText() {
    UUID id = submit("youth.mensah", null, Map.of("whatKnown", "Adult offering lifts"));
    triage(
        Demo.signIn(port, "intel.patel"),
        id,
        Map.of(
            "sanitisedText", "Sanitised words only the unit holds",
            "handling", "C",
            "handlingConditions", "Not to be shared with the school"));
    Page receipt = Demo.signIn(port, "youth.mensah").get("/intelligence/" + id);
    assertThat(receipt.status()).isEqualTo(200);
    assertThat(receipt.body())
        .contains("Recorded as intelligence")
        .doesNotContain("Sanitised words only the unit holds")
        .doesNotContain("2BC")
        .doesNotContain("Not to be shared with the school");
    Page graded = Demo.signIn(port, "analyst.novak").get("/intelligence/" + id);
    assertThat(graded.body()).contains("2BC").contains("Not to be shared with the school");
    assertThat(Demo.signIn(port, "school.green").get("/intelligence/" + id).status())
        .isEqualTo(404);
  }

  @Test
  void cCodedIntelligenceIsNotPrintedOutsideThePoliceWithoutADecisionToShareIt() {
    var partnerAnalyst =
        new uk.harbour.testing.TestUsers(directory)
            .create(uk.harbour.accesscontrol.Role.INTELLIGENCE_ANALYST);
    Browser partner = partnerAnalyst.signIn(port);
    Browser officer = Demo.signIn(port, "intel.patel");
    UUID kept = submit("youth.mensah", null, Map.of("whatKnown", "An adult waits by the bus stop"));
    triage(
        officer,
        kept,
        Map.of(
            "handling", "C",
            "handlingConditions", "Only for the police and the screening team",
            "share", "no",
            "withWhom", "",
            "why", "The source could be identified"));
    UUID shared = submit("youth.mensah", null, Map.of("whatKnown", "An adult waits at the park"));
    triage(
        officer,
        shared,
        Map.of("handling", "C", "handlingConditions", "Not to be shared with the school"));
    UUID plain = submit("youth.mensah", null, Map.of("whatKnown", "An adult waits at the shop"));
    triage(officer, plain, Map.of());

    assertThat(printWithheld(partner.get("/intelligence/" + kept)))
        .as("C-coded, not shared, a partner analyst")
        .isTrue();
    assertThat(printWithheld(Demo.signIn(port, "analyst.novak").get("/intelligence/" + kept)))
        .as("the police print it")
        .isFalse();
    assertThat(printWithheld(partner.get("/intelligence/" + shared)))
        .as("a decision to share it was recorded")
        .isFalse();
    assertThat(printWithheld(partner.get("/intelligence/" + plain))).as("P-coded").isFalse();
    Page page = partner.get("/intelligence/" + kept);
    assertThat(page.document().select(".harbour-print-only").text())
        .contains("Not printed")
        .contains("graded C");
  }

  @Test
  void aPersonOfConcernRecordedAsAChildStaysAVictimAndTheirKeyWorkerIsTold() {
    UUID adult = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO intel_entity (id, kind, label, nickname, created_at, created_by_name,"
                + " version) VALUES (?, 'PERSON', 'Young person test', 'Kid', now(), 'Test', 0)")
        .param(adult)
        .update();
    UUID child = childOf("kw.jones", null);
    String reference =
        jdbc.sql("SELECT reference FROM child WHERE id = ?")
            .param(child)
            .query(String.class)
            .single();
    long before =
        count(
            "SELECT count(*) FROM notification n JOIN app_user u ON u.id = n.recipient_id"
                + " WHERE u.username = 'kw.jones' AND n.kind = 'intelligence-dual-identity'"
                + " AND ? IS NOT NULL",
            "x");
    Browser officer = Demo.signIn(port, "intel.patel");
    String path = "/intelligence/entities/" + adult + "/child";

    Page unknown =
        officer.submit(
            officer.get(path),
            "main form:has(input[value=record])",
            Map.of("childReference", "HBR-000000", "reasons", "Named by the school"));
    assertThat(unknown.status()).isEqualTo(200);
    assertThat(unknown.errorSummary()).contains("No child has that Harbour reference");
    Browser analyst = Demo.signIn(port, "analyst.novak");
    assertThat(analyst.get("/intelligence/entities/" + adult).status()).isEqualTo(200);
    assertThat(
            analyst
                .post(
                    path,
                    Map.of(
                        "_csrf",
                        analyst.csrfToken(),
                        "childReference",
                        reference,
                        "reasons",
                        "Analysts do not decide"))
                .status())
        .isEqualTo(404);

    Page recorded =
        officer.submit(
            officer.get(path),
            "main form:has(input[value=record])",
            Map.of("childReference", reference, "reasons", "The school named her as recruiting"));
    assertThat(recorded.isRedirect()).as(recorded.body()).isTrue();
    assertThat(
            jdbc.sql("SELECT child_id FROM intel_entity WHERE id = ?")
                .param(adult)
                .query(UUID.class)
                .single())
        .isEqualTo(child);
    assertThat(
            count(
                "SELECT count(*) FROM notification n JOIN app_user u ON u.id = n.recipient_id"
                    + " WHERE u.username = 'kw.jones' AND n.kind = 'intelligence-dual-identity'"
                    + " AND ? IS NOT NULL",
                "x"))
        .isGreaterThan(before);
    assertThat(
            Demo.signIn(port, "kw.jones")
                .get("/intelligence/children/" + child)
                .document()
                .select("#dual-identity")
                .text())
        .contains("still a child at risk");
    Page entityPage = officer.get("/intelligence/entities/" + adult);
    assertThat(entityPage.document().select("#dual-identity")).as(entityPage.body()).hasSize(1);

    Page removed =
        officer.submit(
            officer.get(path),
            "main form:has(input[value=remove])",
            Map.of("reasons", "A different young person with the same street name"));
    assertThat(removed.isRedirect()).as(removed.body()).isTrue();
    assertThat(
            jdbc.sql("SELECT child_id IS NULL FROM intel_entity WHERE id = ?")
                .param(adult)
                .query(Boolean.class)
                .single())
        .isTrue();
    assertThat(
            jdbc.sql(
                    "SELECT decision FROM intel_dual_identity WHERE entity_id = ?"
                        + " ORDER BY decided_at, id")
                .param(adult)
                .query(String.class)
                .list())
        .containsExactly("RECORDED", "REMOVED");
    assertThat(officer.get(path).document().select("table tbody tr").eachText())
        .hasSize(2)
        .anyMatch(row -> row.contains("A different young person with the same street name"));
  }

  @Test
  void theOfficerUntiesALinkTheSubmissionDoesNotSupport() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    UUID child = childOf("kw.jones", null);
    UUID id =
        submit(
            "kw.jones",
            child,
            Map.of(
                "whatKnown", "Two adults were seen at the park on different days.",
                "items[0].nickname", "Rocco" + tag,
                "items[1].plate", "ZZ" + digits(tag).substring(0, 2) + " " + plateTail(tag) + "Q"));
    Browser officer = Demo.signIn(port, "intel.patel");
    Page form = officer.get("/intelligence/" + id + "/triage");
    var choices = form.document().select("input[type=checkbox][name^=links]");
    assertThat(choices).as("each mention to the child, and the two to each other").hasSize(3);
    assertThat(choices).allMatch(c -> c.hasAttr("checked"));
    var between =
        choices.stream()
            .filter(c -> !c.attr("value").contains(":child:"))
            .findFirst()
            .orElseThrow();
    triage(officer, id, Map.of(between.attr("name"), ""));

    UUID adult = entityOf(id, "PERSON");
    UUID car = entityOf(id, "VEHICLE");
    assertThat(count("SELECT count(*) FROM intel_link WHERE submission_id = ?", id))
        .as("both to the child, not to each other")
        .isEqualTo(2);
    assertThat(
            count(
                "SELECT count(*) FROM intel_link WHERE submission_id = ? AND to_kind = 'CHILD'"
                    + " AND from_id IN (?, ?)",
                id,
                adult,
                car))
        .isEqualTo(2);
  }

  private static boolean printWithheld(Page page) {
    assertThat(page.status()).isEqualTo(200);
    return page.document().select("main.harbour-withheld-in-print").size() == 1;
  }

  @Test
  void badPlatesAndPhonesAndOverLongTextAreRefusedAndNothingIsSaved() {
    Browser youth = Demo.signIn(port, "youth.mensah");
    long before =
        count(
            "SELECT count(*) FROM intel_submission WHERE submitted_by ="
                + " (SELECT id FROM app_user WHERE username = 'youth.mensah') AND ? IS NOT NULL",
            "x");
    Page refused =
        youth.submitAsShown(
            youth.get("/intelligence/new"),
            "main form[method=post]",
            Map.of(
                "action", "submit",
                "whatKnown", "x".repeat(20_001),
                "howKnown", "SAW",
                "items[1].plate", "KX17 AB\u00a3",
                "items[2].phone", "call me"));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.errorSummary())
        .contains("20,000 characters or fewer")
        .contains("registration")
        .contains("phone number");
    assertThat(
            count(
                "SELECT count(*) FROM intel_submission WHERE submitted_by ="
                    + " (SELECT id FROM app_user WHERE username = 'youth.mensah') AND ? IS NOT NULL",
                "x"))
        .isEqualTo(before);
  }

  @Test
  void aSubmissionNamingNothingIdentifyingIsKeptAndFlagged() {
    UUID id =
        submit(
            "youth.mensah", null, Map.of("whatKnown", "Something felt wrong at the bus station"));
    assertThat(
            jdbc.sql("SELECT nothing_identifying FROM intel_submission WHERE id = ?")
                .param(id)
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  @Test
  void intelligenceStartedFromAConcernCarriesOverItsWords() {
    UUID concern = TestConcerns.submitted(jdbc, "youth.mensah", "Compass", "CON-INTEL-");
    Page form =
        Demo.signIn(port, "screening.lee").get("/intelligence/new?from=concern&record=" + concern);
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.document().select("textarea#whatKnown").text())
        .contains("Seen with an adult who worries me");
    assertThat(
            Demo.signIn(port, "school.green")
                .get("/intelligence/new?from=concern&record=" + concern)
                .status())
        .isEqualTo(404);
  }

  // --- helpers ---

  private UUID submit(String username, UUID child, Map<String, String> fields) {
    return TestIntelligence.submit(port, username, child, fields);
  }

  private static void triage(Browser officer, UUID submission, Map<String, String> choices) {
    TestIntelligence.triage(officer, submission, choices);
  }

  private UUID childOf(String keyWorker, String notVisibleTo) {
    return TestIntelligence.childOf(jdbc, keyWorker, notVisibleTo);
  }

  private long notifications(String username) {
    return TestIntelligence.notifications(jdbc, username, "intelligence-link");
  }

  private UUID entityOf(UUID submission, String kind) {
    return TestIntelligence.entityOf(jdbc, submission, kind);
  }

  private long childrenLinkedTo(UUID entity) {
    return jdbc.sql(
            "SELECT count(DISTINCT to_id) FROM intel_link WHERE from_id = ? AND to_kind = 'CHILD'")
        .param(entity)
        .query(Long.class)
        .single();
  }

  private UUID mentionOf(UUID submission) {
    return jdbc.sql("SELECT id FROM intel_mention WHERE submission_id = ?")
        .param(submission)
        .query(UUID.class)
        .single();
  }

  private long count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }

  private String reference(UUID submission) {
    return jdbc.sql("SELECT reference FROM intel_submission WHERE id = ?")
        .param(submission)
        .query(String.class)
        .single();
  }

  private boolean isRiskNow(String reference) {
    return jdbc.sql("SELECT risk_now FROM intel_submission WHERE reference = ?")
        .param(reference)
        .query(Boolean.class)
        .single();
  }

  private static List<String> references(Page queue) {
    return queue.document().select("table tbody tr td:first-child a").eachText();
  }

  private static String rowOf(Page queue, UUID submission) {
    var link = queue.document().selectFirst("a[href=/intelligence/" + submission + "]");
    assertThat(link).as("the submission is in the queue").isNotNull();
    return link.closest("tr").text();
  }

  /** Two letters made from the tag, so that each test's plate is its own. */
  private static String plateTail(String tag) {
    StringBuilder letters = new StringBuilder();
    for (char c : tag.toCharArray()) {
      letters.append((char) ('A' + Character.digit(c, 16) % 26));
    }
    return letters.substring(0, 2);
  }

  private static String digits(String tag) {
    return String.format("%03d", Math.abs(tag.hashCode()) % 1000);
  }
}
