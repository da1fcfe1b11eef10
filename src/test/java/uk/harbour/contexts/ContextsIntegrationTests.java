package uk.harbour.contexts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.Cases;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.people.Sex;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;
import uk.harbour.testing.TestChildren;

/**
 * Contexts over real HTTP with the demo users: the contextual safeguarding lead (context.rahman)
 * adds a context, assesses it, records a conference whose minutes are refused while they name a
 * child, and writes a plan with measures; the key worker (kw.jones) links their young person to the
 * context in the case and keeps the peer map by initials; a practitioner outside the child's team
 * (school.green) sees the context and a count, never the child.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ActAs.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContextsIntegrationTests {

  static final String FORM = "main form[method=post]";

  @LocalServerPort int port;
  @Autowired ActAs actAs;
  @Autowired Children children;
  @Autowired Teams teams;
  @Autowired Cases cases;
  @Autowired JdbcClient jdbc;

  Browser lead;
  Browser keyWorker;
  Browser outsider;
  String firstName;
  String fullName;
  CaseId kase;
  String context;

  @BeforeAll
  void aYoungPersonOfKwJonesAndAContext() {
    firstName = "Quor" + letters(6);
    var worker = actAs.user("kw.jones");
    try {
      ChildRecord child =
          children.create(
              TestChildren.inNeed(
                  firstName, "Ctx" + letters(5), LocalDate.of(2011, 5, 1), Sex.FEMALE));
      teams.assign(child.id(), worker.id(), TeamRole.KEY_WORKER);
      kase = cases.openOrAdd(child.id(), "CON-CONTEXTS-" + letters(8));
      fullName = child.fullName();
    } finally {
      actAs.nobody();
    }
    lead = Demo.signIn(port, "context.rahman");
    keyWorker = Demo.signIn(port, "kw.jones");
    outsider = Demo.signIn(port, "school.green");
    Page form = lead.get("/contexts/new");
    assertThat(form.status()).isEqualTo(200);
    Page created =
        lead.submit(
            form,
            FORM,
            Map.of(
                "kind", "PLACE",
                "name", "Canal towpath by the lock " + letters(4),
                "description", "A towpath out of sight of the road where adults wait after school.",
                "controllerName", "The canal trust",
                "controllerKind", "OTHER",
                "postcode", "NB2 7TP"));
    assertThat(created.isRedirect()).as(created.body()).isTrue();
    assertThat(created.location()).matches("/contexts/[0-9a-f-]{36}");
    context = created.location().substring("/contexts/".length());
  }

  @Test
  void onlyTheLeadAddsContextsButAnyPractitionerRefersOne() {
    assertThat(outsider.get("/contexts/new").status()).isEqualTo(403);
    assertThat(outsider.get("/contexts/" + context + "/plan").status()).isEqualTo(403);
    Page referral = outsider.get("/contexts/referrals/new");
    Page sent =
        outsider.submit(
            referral,
            FORM,
            Map.of(
                "kind", "SCHOOL",
                "name", "The bus stop outside the academy " + letters(4),
                "whatNoticed", "Three concerns this month mention cars waiting at the stop."));
    assertThat(sent.location()).isEqualTo("/contexts");
    Page waiting = lead.get("/contexts/referrals");
    assertThat(waiting.body()).contains("The bus stop outside the academy");
    assertThat(outsider.get("/contexts/referrals").status()).isEqualTo(403);
  }

  @Test
  void minutesNamingAChildAreRefusedWithoutSayingWhichChildThenSavedWithout() {
    Page form = lead.get("/contexts/" + context + "/conferences/new");
    Map<String, String> fields = new HashMap<>();
    fields.put("heldOn.day", "2");
    fields.put("heldOn.month", "3");
    fields.put("heldOn.year", "2026");
    fields.put("invitees", form.document().selectFirst("input[name=invitees]").attr("value"));
    fields.put("minutes", "The group discussed the towpath; " + firstName + " was seen there.");
    fields.put("decisions", "Lighting to be asked for.");
    Page refused = lead.submit(form, FORM, fields);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.fieldError("minutes")).contains("contains a name that could be a child’s");
    assertThat(refused.fieldError("minutes")).doesNotContain(firstName);
    assertThat(refused.errorSummary()).doesNotContain(firstName);

    fields.put("minutes", "Jordan and others meet on the towpath after school.");
    assertThat(lead.submit(form, FORM, fields).fieldError("minutes"))
        .as("a common given name is refused whether or not a child has it")
        .contains("a name that could be a child’s");

    fields.put(
        "minutes", "Adults wait on the towpath after school; nobody from the trust patrols.");
    Page saved = lead.submit(form, FORM, fields);
    assertThat(saved.location()).isEqualTo("/contexts/" + context);
    assertThat(lead.get("/contexts/" + context).body())
        .contains("Adults wait on the towpath after school")
        .contains("Lighting to be asked for.");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE record_type = 'context'"
                        + " AND detail = 'refused: a child''s name appears in minutes'")
                .query(Integer.class)
                .single())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void anAssessmentIsSavedInVersionsAndAStaleSaveIsRefused() {
    Page form = lead.get("/contexts/" + context + "/assessment");
    Page openedAtTheSameTime = lead.get("/contexts/" + context + "/assessment");
    Map<String, String> words =
        Map.of(
            "strengthsAndNeeds", "Young people look out for one another on the towpath.",
            "guardianship", "No one patrols after 4pm.",
            "environment", "Unlit, hidden from the road; the trust has no safeguarding policy.",
            "whoControls", "The canal trust.",
            "weighting", "The towpath must change before the estate.");
    Page first = lead.submitAsShown(form, FORM, words);
    assertThat(first.location()).isEqualTo("/contexts/" + context);
    Page stale = lead.submitAsShown(openedAtTheSameTime, FORM, words);
    assertThat(stale.status()).isEqualTo(200);
    assertThat(stale.body()).contains("This record changed since you opened it");
    Page page = lead.get("/contexts/" + context);
    assertThat(page.body()).contains("No one patrols after 4pm.").contains("Version 1");
  }

  @Test
  void aPlanWithMeasuresOverTime() {
    Page form = lead.get("/contexts/" + context + "/plan");
    Page saved =
        lead.submitAsShown(
            form,
            FORM,
            Map.of(
                "goals", "Young people can use the towpath without being approached.",
                "responses", "Lighting; trust staff trained; a closure notice on the boathouse."));
    assertThat(saved.location()).isEqualTo("/contexts/" + context);
    for (int day : new int[] {1, 8}) {
      Page measure = lead.get("/contexts/" + context + "/measures/new");
      Page recorded =
          lead.submit(
              measure,
              FORM,
              Map.of(
                  "measure", "Adults seen waiting on the towpath",
                  "observedOn.day", String.valueOf(day),
                  "observedOn.month", "3",
                  "observedOn.year", "2026",
                  "observation", "Counted on an evening walk: " + day));
      assertThat(recorded.location()).isEqualTo("/contexts/" + context);
    }
    assertThat(lead.get("/contexts/" + context).body())
        .contains("a closure notice on the boathouse")
        .contains("Counted on an evening walk: 1")
        .contains("Counted on an evening walk: 8");
  }

  @Test
  void theKeyWorkerLinksTheChildInTheCaseAndOnlyThoseWhoMaySeeThemSeeWhoIsLinked() {
    Page page = keyWorker.get("/cases/" + kase + "/contexts");
    assertThat(page.status()).isEqualTo(200);
    Page linked =
        keyWorker.submit(
            page,
            FORM,
            Map.of(
                "contextId", context,
                "basis", "She told me she waits there for a lift after school.",
                "reliability", "SEEN_OR_SAID"));
    assertThat(linked.location()).isEqualTo("/cases/" + kase + "/contexts");
    assertThat(keyWorker.get("/cases/" + kase + "/contexts").body())
        .contains("She told me she waits there");

    Page seenByKeyWorker = keyWorker.get("/contexts/" + context);
    assertThat(seenByKeyWorker.body()).contains(fullName);
    Page seenByOutsider = outsider.get("/contexts/" + context);
    assertThat(seenByOutsider.status()).isEqualTo(200);
    assertThat(seenByOutsider.body())
        .doesNotContain(fullName)
        .doesNotContain(firstName)
        .contains("Children linked to this context: 1")
        .contains("You cannot see 1 of the children");
    assertThat(outsider.get("/cases/" + kase + "/contexts").status()).isEqualTo(404);
  }

  @Test
  void thePeerMapHoldsInitialsOnlyOnTheChildsOwnRecord() {
    Page page = keyWorker.get("/cases/" + kase + "/peer-map");
    assertThat(page.status()).isEqualTo(200);
    Map<String, String> fields = new HashMap<>();
    fields.put("initials", "Jo Bloggs");
    fields.put("influence", "SAFE");
    fields.put("reliability", "SEEN_OR_SAID");
    fields.put("safetyAction", "Walks home together; part of the safety plan.");
    Page refused = keyWorker.submit(page, FORM, fields);
    assertThat(refused.fieldError("initials")).contains("Enter initials only");
    fields.put("initials", "AMY");
    assertThat(keyWorker.submit(page, FORM, fields).fieldError("initials"))
        .contains("a name that could be a child’s");
    fields.put("initials", "J.B.");
    fields.put("safetyAction", "Walks home with " + firstName + " on Fridays.");
    assertThat(keyWorker.submit(page, FORM, fields).fieldError("safetyAction"))
        .contains("a name that could be a child’s");
    fields.put("safetyAction", "Walks home together on Fridays; part of the safety plan.");
    Page saved = keyWorker.submit(page, FORM, fields);
    assertThat(saved.location()).isEqualTo("/cases/" + kase + "/peer-map");
    Page map = keyWorker.get("/cases/" + kase + "/peer-map");
    assertThat(map.document().select("#peer-map td").eachText()).contains("JB");
    assertThat(outsider.get("/cases/" + kase + "/peer-map").status()).isEqualTo(404);
  }

  @Test
  void managersAndTheLeadSeeTheRankingWithItsCaution() {
    Page ranking = Demo.signIn(port, "manager.okafor").get("/contexts/ranking");
    assertThat(ranking.status()).isEqualTo(200);
    assertThat(ranking.body())
        .contains("Places that professionals watch most are over-represented");
    assertThat(lead.get("/contexts/ranking").status()).isEqualTo(200);
    assertThat(outsider.get("/contexts/ranking").status()).isEqualTo(403);
  }

  @Test
  void theDemoWorldHasAContextWithAnAssessmentAndAPlan() {
    Page page = lead.get("/contexts/" + ContextsDemo.FOOD_COURT);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Riverside shopping centre food court")
        .contains("Context weighting")
        .contains("Seating moved into view of the counters");
  }

  private static String letters(int n) {
    Random random = new Random();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }
}
