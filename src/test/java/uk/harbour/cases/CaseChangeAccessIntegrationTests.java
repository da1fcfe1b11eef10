package uk.harbour.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.accesscontrol.BreakGlass;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.ScreeningAccess;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.cases.plan.ActionStatus;
import uk.harbour.cases.plan.PlanAction;
import uk.harbour.cases.plan.PlanSection;
import uk.harbour.cases.plan.Plans;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;
import uk.harbour.testing.TestUsers;

/**
 * Changing a case needs more than seeing it: the team around the child, managing someone in it, or
 * break-glass (audited as such). A screening officer's access while a concern awaits screening
 * reads the case but changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixtures.class})
class CaseChangeAccessIntegrationTests {

  @LocalServerPort int port;
  @Autowired CaseFixtures fixtures;
  @Autowired Cases cases;
  @Autowired Plans plans;
  @Autowired Teams teams;
  @Autowired ScreeningAccess screening;
  @Autowired BreakGlass breakGlass;
  @Autowired AccessPolicy policy;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;
  @Autowired Directory directory;
  @Autowired uk.harbour.people.Children children;

  @AfterEach
  void signOut() {
    actAs.nobody();
  }

  private CaseId aCase(String name, String reference) {
    actAs.user("screening.lee");
    ChildId child = fixtures.aChildWithKeyWorker(name, "kw.jones");
    CaseId id = cases.openOrAdd(child, reference);
    actAs.nobody();
    return id;
  }

  private static PlanAction action(String what) {
    return new PlanAction(
        null,
        PlanSection.DISRUPTION,
        what,
        "PC Ali",
        "Northbridge Police Child Exploitation Team",
        LocalDate.of(2030, 1, 1),
        ActionStatus.NOT_STARTED,
        null,
        0);
  }

  @Test
  void aScreeningOfficersReadOnlyAccessSeesTheCaseButChangesNothingAndTheRefusalIsAudited() {
    CaseId id = aCase("Saoirse", "CON-RO-000001");
    ChildId child = childOf(id);
    screening.awaitingScreening(child, "CON-RO-000002");

    actAs.user("screening.lee");
    assertThat(policy.maySeeChild(child)).isTrue();
    assertThat(policy.mayChangeChild(child)).isFalse();
    assertThat(plans.view(id, uk.harbour.audit.AuditAction.VIEW).kase().id()).isEqualTo(id);
    long deniedBefore = readOnlyDenials(child);
    assertThatThrownBy(() -> plans.addAction(id, action("Visit the flat"), UUID.randomUUID()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> plans.saveTexts(id, 0, Map.of("JUSTICE", "Text"), null))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(readOnlyDenials(child)).isEqualTo(deniedBefore + 2);
    assertThat(rows("plan", id)).isZero();
    actAs.nobody();

    Browser officer = Demo.signIn(port, "screening.lee");
    assertThat(officer.get("/cases/" + id).status()).isEqualTo(200);
    assertThat(officer.get("/cases/" + id).body()).contains("You can read this case");
    Map<String, String> voice = new HashMap<>();
    voice.put("theirWords", "Words that must not be saved");
    voice.put("saidDay", "1");
    voice.put("saidMonth", "3");
    voice.put("saidYear", "2026");
    voice.put("howGathered", "CONVERSATION");
    voice.put("gatheredBy", "Sam Lee");
    voice.put("consentToRecord", "AGREED");
    voice.put("consentToShare", "AGREED");
    Page refused = officer.submit(officer.get("/cases/" + id + "/voice/new"), voice);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(rows("voice_entry", id)).isZero();

    screening.screened(child, "CON-RO-000002");
    actAs.user("screening.lee");
    assertThatThrownBy(() -> plans.addAction(id, action("Visit the flat"), UUID.randomUUID()))
        .as("without read access the case does not exist for them")
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void aScreeningOfficersReadOnlyAccessCannotChangeTheChildsRecordEither() {
    CaseId id = aCase("Wren", "CON-RO-000005");
    ChildId child = childOf(id);
    screening.awaitingScreening(child, "CON-RO-000006");
    try {
      actAs.user("screening.lee");
      var record = children.view(child);
      long deniedBefore = readOnlyDenials(child);
      assertThatThrownBy(() -> children.viewToChange(child))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> children.update(child, record.version(), record.details()))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(readOnlyDenials(child)).isEqualTo(deniedBefore + 2);
      assertThat(children.view(child).version()).isEqualTo(record.version());
      actAs.nobody();

      Browser officer = Demo.signIn(port, "screening.lee");
      assertThat(officer.get("/children/" + child).body())
          .doesNotContain("/children/" + child + "/edit");
      assertThat(officer.get("/children/" + child + "/edit").status()).isEqualTo(403);
      Browser keyWorker = Demo.signIn(port, "kw.jones");
      assertThat(keyWorker.get("/children/" + child).body())
          .contains("/children/" + child + "/edit");
    } finally {
      screening.screened(child, "CON-RO-000006");
    }
  }

  @Test
  void thoseInTheTeamAndTheirManagersMayChangeTheCase() {
    CaseId id = aCase("Tamsin", "CON-RO-000003");
    ChildId child = childOf(id);
    var evans = actAs.user("police.evans").id();
    actAs.user("kw.jones");
    teams.add(child, evans, TeamRole.POLICE_OFFICER);

    actAs.user("police.evans");
    assertThat(policy.mayChangeChild(child)).isTrue();
    plans.addAction(id, action("Check the car seen outside school"), UUID.randomUUID());
    actAs.user("manager.okafor");
    assertThat(policy.mayChangeChild(child)).isTrue();
    plans.addAction(id, action("Ask licensing about the takeaway"), UUID.randomUUID());
    assertThat(actions(id)).isEqualTo(2);
    assertThat(breakGlassChanges(child)).isZero();
  }

  @Test
  void aChangeUnderBreakGlassIsAllowedAndAuditedAsSuch() {
    CaseId id = aCase("Ulla", "CON-RO-000004");
    ChildId child = childOf(id);
    // A practitioner of its own, so the grant leaves the demo world's outsider (school.green)
    // seeing nothing for the other tests sharing this database.
    actAs.user(new TestUsers(directory).create(Role.PRACTITIONER).username());
    assertThat(policy.mayChangeChild(child)).isFalse();
    breakGlass.grant(child, "HBR-X", "Police called: she is missing tonight, need the plan");
    assertThat(policy.mayChangeChild(child)).isTrue();
    plans.addAction(id, action("Tell police where she was last seen"), UUID.randomUUID());
    assertThat(actions(id)).isEqualTo(1);
    assertThat(breakGlassChanges(child)).isEqualTo(1);
  }

  private ChildId childOf(CaseId id) {
    return CaseRows.childOf(jdbc, id);
  }

  private long rows(String table, CaseId id) {
    return CaseRows.count(jdbc, "SELECT count(*) FROM " + table + " WHERE case_id = ?", id);
  }

  private long actions(CaseId id) {
    return CaseRows.inPlan(jdbc, "plan_action", id);
  }

  private long readOnlyDenials(ChildId child) {
    return CaseRows.audited(
        jdbc, "child", child, "action = 'ACCESS_DENIED' AND detail LIKE '%read-only%'");
  }

  private long breakGlassChanges(ChildId child) {
    return CaseRows.audited(
        jdbc, "child", child, "outcome = 'SUCCEEDED' AND detail = 'change under break-glass'");
  }
}
