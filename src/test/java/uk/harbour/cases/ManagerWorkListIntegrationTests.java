package uk.harbour.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.TeamRole;
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
}
