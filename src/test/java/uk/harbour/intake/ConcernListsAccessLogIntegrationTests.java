package uk.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.people.Sex;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Demo;
import uk.harbour.testing.TestChildren;

/**
 * Lists of concerns name the children they show, so a child's "who has seen this record" includes
 * the screening queue and the key worker's list of concerns about their young people.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ActAs.class)
class ConcernListsAccessLogIntegrationTests {

  @LocalServerPort int port;
  @Autowired Concerns concerns;
  @Autowired Screening screening;
  @Autowired ChildLinks links;
  @Autowired Children children;
  @Autowired Teams teams;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void nobody() {
    actAs.nobody();
  }

  @Test
  void theScreeningQueueAndTheKeyWorkersListAreInTheChildsAccessLog() {
    var keyWorker = actAs.user("kw.jones");
    ChildRecord child =
        children.create(
            TestChildren.named("Rowan", "Listedchild", LocalDate.of(2012, 6, 1), Sex.NOT_KNOWN));
    teams.assign(child.id(), keyWorker.id(), TeamRole.KEY_WORKER);
    actAs.user("nurse.singh");
    UUID concern = concerns.startDraft(ConcernFixtures.aConcern().details());
    concerns.submit(concern, 1);
    actAs.user("screening.lee");
    assertThat(links.linkExisting(concern, child.reference())).isEqualTo(ChildLinks.Result.LINKED);
    actAs.nobody();

    try {
      Demo.signIn(port, "screening.lee").get("/screening");
      assertThat(listsNaming(child, "screening.lee")).isEqualTo(1);
      Demo.signIn(port, "kw.jones").get("/concerns");
      assertThat(listsNaming(child, "kw.jones")).isEqualTo(1);
    } finally {
      actAs.user("screening.lee");
      screening.decide(concern, ScreeningOutcome.NO_FURTHER_ACTION, "Ends the screening access");
    }
  }

  private long listsNaming(ChildRecord child, String username) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_event_child x JOIN audit_event e ON e.seq = x.seq"
                + " WHERE x.child_id = ? AND e.username = ? AND e.record_type = 'concern'"
                + " AND e.record_id IS NULL")
        .params(child.id().value(), username)
        .query(Long.class)
        .single();
  }
}
