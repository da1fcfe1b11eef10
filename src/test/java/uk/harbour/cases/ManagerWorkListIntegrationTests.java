package uk.harbour.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.cases.assessment.AssessmentContent;
import uk.harbour.cases.assessment.Assessments;
import uk.harbour.cases.assessment.LevelOfResponse;
import uk.harbour.cases.assessment.Narrative;
import uk.harbour.cases.plan.ActionStatus;
import uk.harbour.cases.plan.PlanAction;
import uk.harbour.cases.plan.PlanSection;
import uk.harbour.cases.plan.Plans;
import uk.harbour.cases.worklist.WorkListPages;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/** A manager's caseloads and unallocated cases, only over the cases they may see. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixtures.class})
class ManagerWorkListIntegrationTests {

  @LocalServerPort int port;
  @Autowired CaseFixtures fixtures;
  @Autowired Cases cases;
  @Autowired ActAs actAs;
  @Autowired Plans plans;
  @Autowired Assessments assessments;

  @Test
  void aManagerSeesUnallocatedCasesInTheirTeamsAndNotOthers() {
    actAs.user("screening.lee");
    ChildId mine = fixtures.aChildInTeamOf("Lola", "sw.taylor", TeamRole.SOCIAL_WORKER);
    cases.openOrAdd(mine, "CON-MGR-000001");
    ChildId theirs = fixtures.aChildInTeamOf("Mo", "youth.mensah", TeamRole.YOUTH_WORKER);
    cases.openOrAdd(theirs, "CON-MGR-000002");
    actAs.nobody();

    Browser manager = Demo.signIn(port, "manager.okafor");
    Page home = manager.get("/");
    assertThat(home.document().select("nav a[href='/cases/manager']")).hasSize(1);
    Page list = manager.get("/cases/manager");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.document().select("#unallocated").text())
        .contains("Lola Testcase")
        .doesNotContain("Mo Testcase");
    assertThat(list.document().select("#caseloads").text())
        .contains("Rhys Jones")
        .contains("Priya Taylor");

    assertThat(Demo.signIn(port, "kw.jones").get("/cases/manager").status()).isEqualTo(403);
  }

  @Test
  void aManagerSeesWhatIsOverdueAcrossTheirTeamAndWhatWaitsForTheirSignOff() {
    actAs.user("screening.lee");
    ChildId child = fixtures.aChildInTeamOf("Rosa", "sw.taylor", TeamRole.KEY_WORKER);
    CaseId id = cases.openOrAdd(child, "CON-MGR-000003");
    ChildId elsewhere = fixtures.aChildInTeamOf("Sol", "kw.ahmed", TeamRole.KEY_WORKER);
    CaseId other = cases.openOrAdd(elsewhere, "CON-MGR-000004");
    actAs.user("sw.taylor");
    plans.addAction(
        id, overdue("Visit the car wash on Dock Street with licensing"), UUID.randomUUID());
    assessments.save(id, 0, content());
    assessments.submit(id, 1);
    actAs.user("kw.ahmed");
    plans.addAction(other, overdue("An overdue action in another team"), UUID.randomUUID());
    actAs.nobody();

    Page list = Demo.signIn(port, "manager.okafor").get("/cases/manager");
    assertThat(list.status()).isEqualTo(200);
    assertThat(WorkListPages.rowsOf(list, "actions"))
        .anyMatch(
            row ->
                row.contains("Rosa Testcase")
                    && row.contains("Visit the car wash on Dock Street")
                    && row.contains("Overdue"))
        .noneMatch(row -> row.contains("another team"));
    assertThat(WorkListPages.rowsOf(list, "signOffs"))
        .anyMatch(
            row ->
                row.contains("Rosa Testcase")
                    && row.contains("Version 1, submitted by Priya Taylor"));

    Page theirs = Demo.signIn(port, "manager.byrne").get("/cases/manager");
    assertThat(WorkListPages.rowsOf(theirs, "actions"))
        .anyMatch(row -> row.contains("An overdue action in another team"))
        .noneMatch(row -> row.contains("Dock Street"));
    assertThat(WorkListPages.rowsOf(theirs, "signOffs"))
        .noneMatch(row -> row.contains("Rosa Testcase"));
  }

  private static PlanAction overdue(String what) {
    return new PlanAction(
        null,
        PlanSection.DISRUPTION,
        what,
        "PC Ali",
        "Northbridge Police Child Exploitation Team",
        LocalDate.of(2020, 1, 6),
        ActionStatus.NOT_STARTED,
        null,
        0);
  }

  private static AssessmentContent content() {
    return new AssessmentContent(
        Map.of(
            Narrative.NEEDS, "A safe way home from school",
            Narrative.LEVEL_REASONS, "Adults outside the family are involved"),
        Map.of(),
        LevelOfResponse.SPECIALIST);
  }
}
