package uk.harbour.disruption;

import static org.assertj.core.api.Assertions.assertThat;

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
import uk.harbour.intelligence.EntityId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/** Recording, changing and breaching disruption activities over real HTTP, and who may. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, DisruptionFixture.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisruptionActivityIntegrationTests {

  static final String FORM = "main form[method=post]";

  @LocalServerPort int port;
  @Autowired DisruptionFixture fixture;
  @Autowired JdbcClient jdbc;

  DisruptionFixture.Young cara;
  DisruptionFixture.Young dana;
  EntityId adult;
  String label;
  Browser intel;

  @BeforeAll
  void anAdultLinkedToTwoChildren() {
    cara = fixture.child("kw.jones", "Cara");
    dana = fixture.child("kw.ahmed", "Dana");
    label = "Gaz " + UUID.randomUUID().toString().substring(0, 6);
    adult = fixture.entity("PERSON", label, cara.child(), dana.child());
    intel = Demo.signIn(port, "intel.patel");
  }

  @Test
  void theTargetIsFoundInTheRegistersWithTheWordsPostedNotInTheAddress() {
    Page search = intel.get("/disruption/new");
    Page found = intel.submit(search, FORM, Map.of("kind", "PERSON", "text", label));
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.document().select("a[href=/disruption/new/" + adult + "]").text())
        .contains(label);
    Page nothing = intel.submit(search, FORM, Map.of("kind", "PERSON", "text", ""));
    assertThat(nothing.fieldError("text")).contains("Enter words to search for");
  }

  @Test
  void anOfficerIsToldWhatIsWrongAndAValidActivityIsSavedOnceHoweverOftenItIsSent() {
    Page form = intel.get("/disruption/new/" + adult);
    assertThat(form.status()).isEqualTo(200);
    // intel.patel is in no child's team: the children linked to the entry are not offered
    assertThat(form.body()).contains("no children linked to this entry that you can see");
    assertThat(form.body()).doesNotContain(cara.name()).doesNotContain(dana.name());

    Map<String, String> wrong = valid("DISPERSAL_DIRECTION");
    wrong.putAll(DisruptionFixture.date("approved", 1, 1, 2026));
    wrong.putAll(DisruptionFixture.date("served", 1, 3, 2026));
    wrong.putAll(DisruptionFixture.date("expires", 10, 3, 2026));
    wrong.put("victimsViewsConsidered", "no");
    wrong.put("victimsViewsWhyNot", "");
    wrong.put("conditions", "x".repeat(10_001));
    Page refused = intel.submitAsShown(form, FORM, wrong);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.fieldError("approved"))
        .contains("must be the same as or after the date proposed");
    assertThat(refused.fieldError("expires")).contains("no more than 2 days after");
    assertThat(refused.fieldError("victimsViewsWhyNot"))
        .contains("why the victims' views were not considered");
    assertThat(refused.fieldError("conditions")).contains("no more than 10,000 characters");
    assertThat(refused.document().getElementById("conditions").wholeText()).hasSize(10_001);
    assertThat(activitiesAgainst()).isZero();

    Map<String, String> fields = valid("CHILD_ABDUCTION_WARNING_NOTICE");
    Page first = intel.submitAsShown(form, FORM, fields);
    Page second = intel.submitAsShown(form, FORM, fields);
    assertThat(first.location()).startsWith("/disruption/");
    assertThat(second.location()).isEqualTo(first.location());
    assertThat(activitiesAgainst()).isEqualTo(1);
    String id = first.location().substring("/disruption/".length());
    assertThat(
            jdbc.sql("SELECT detail FROM audit_event WHERE record_id = ? AND action = 'CREATE'")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("disruption activity created: CHILD_ABDUCTION_WARNING_NOTICE");
    assertThat(intel.get(first.location()).body())
        .contains("Child abduction warning notice")
        .contains("Disruption activity recorded");
  }

  @Test
  void aKeyWorkerMayLinkOnlyTheChildrenTheySeeAndLeadOnlyTheirOwnActivity() {
    Browser jones = Demo.signIn(port, "kw.jones");
    Page form = jones.get("/disruption/new/" + adult);
    assertThat(form.body()).contains(cara.name()).doesNotContain(dana.name());

    Map<String, String> forSomeoneElse = valid("PERSON_OF_CONCERN_LETTER");
    forSomeoneElse.put("leadOfficer", userId("police.evans"));
    forSomeoneElse.put("children", cara.child().toString());
    assertThat(jones.submitAsShown(form, FORM, forSomeoneElse).fieldError("leadOfficer"))
        .contains("You can only record an activity that you lead");

    Map<String, String> hidden = valid("PERSON_OF_CONCERN_LETTER");
    hidden.put("children", dana.child().toString());
    assertThat(jones.submitAsShown(form, FORM, hidden).fieldError("children"))
        .contains("Select only children listed");

    Map<String, String> own = valid("PERSON_OF_CONCERN_LETTER");
    own.put("children", cara.child().toString());
    Page saved = jones.submitAsShown(form, FORM, own);
    assertThat(saved.location()).startsWith("/disruption/");
    String id = saved.location().substring("/disruption/".length());
    assertThat(
            jdbc.sql("SELECT child_id FROM disruption_activity_child WHERE activity_id = ?::uuid")
                .param(id)
                .query(UUID.class)
                .list())
        .containsExactly(cara.child().value());
  }

  @Test
  void aStaleSaveIsShownAgainAndBreachesAndOutcomesAreRecordedAndAudited() {
    Page created = intel.submitAsShown(intel.get("/disruption/new/" + adult), FORM, valid("OTHER"));
    String base = created.location();
    String id = base.substring("/disruption/".length());

    Browser analyst = Demo.signIn(port, "analyst.novak");
    Page mine = intel.get(base + "/edit");
    Page theirs = analyst.get(base + "/edit");
    assertThat(intel.submitAsShown(mine, FORM, Map.of("conditions", "First")).location())
        .isEqualTo(base);
    Page stale = analyst.submitAsShown(theirs, FORM, Map.of("conditions", "Second"));
    assertThat(stale.status()).isEqualTo(200);
    assertThat(stale.body()).contains("This activity changed since you opened it");
    assertThat(stale.document().getElementById("conditions").wholeText()).isEqualTo("Second");

    Page breach = intel.get(base + "/breaches/new");
    Map<String, String> what = new HashMap<>(DisruptionFixture.date("occurredOn", 2, 2, 2026));
    what.put("whatHappened", "Seen waiting outside the school gates at home time");
    what.put("followed", "ARREST");
    assertThat(intel.submit(breach, FORM, what).location()).isEqualTo(base);
    assertThat(intel.get(base).body())
        .contains("Seen waiting outside the school gates at home time")
        .contains("Arrest");

    Page outcome =
        intel.submitAsShown(intel.get(base + "/edit"), FORM, Map.of("outcome", "BREACHED_ARREST"));
    assertThat(outcome.location()).isEqualTo(base);
    assertThat(
            jdbc.sql(
                    "SELECT detail FROM audit_event WHERE record_id = ? AND action = 'CHANGE'"
                        + " ORDER BY seq")
                .param(id)
                .query(String.class)
                .list())
        .containsExactly(
            "disruption activity updated: version 2",
            "breach recorded, followed by: ARREST",
            "outcome recorded: BREACHED_ARREST");
  }

  private Map<String, String> valid(String tacticCode) {
    Map<String, String> fields = new HashMap<>();
    fields.put("tacticId", fixture.tactic(tacticCode));
    fields.putAll(DisruptionFixture.date("proposed", 5, 1, 2026));
    fields.put("victimsViewsConsidered", "yes");
    fields.put("victimsViewsHow", "Asked by her key worker what would help her feel safe");
    return fields;
  }

  private String userId(String username) {
    return jdbc.sql("SELECT id FROM app_user WHERE username = ?")
        .param(username)
        .query(UUID.class)
        .single()
        .toString();
  }

  private int activitiesAgainst() {
    return jdbc.sql(
            "SELECT count(*) FROM disruption_activity WHERE target_id = ?"
                + " AND tactic_id IN (SELECT id FROM disruption_tactic"
                + " WHERE code IN ('DISPERSAL_DIRECTION', 'CHILD_ABDUCTION_WARNING_NOTICE'))")
        .param(adult.value())
        .query(Integer.class)
        .single();
  }
}
