package uk.harbour.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.harbour.cases.CaseFixtures;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Demo;

/**
 * Issue 12's must-show: two children found at the same address in different episodes are flagged to
 * the contextual safeguarding lead and to both children's teams (each about their own child, no
 * other child named), once for the pair, and audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixtures.class, PatternEpisodes.class})
class RecurrenceIntegrationTests {

  @LocalServerPort int port;
  @Autowired CaseFixtures fixtures;
  @Autowired PatternEpisodes recorded;
  @Autowired RecurrenceCheck recurrence;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @AfterEach
  void nobody() {
    actAs.nobody();
  }

  private long flags(ChildId child) {
    return jdbc.sql("SELECT count(*) FROM recurrence_flag WHERE ? IN (child_id, other_child_id)")
        .param(child.value())
        .query(Long.class)
        .single();
  }

  private int check(EpisodeId episode) {
    return new TransactionTemplate(transactions).execute(t -> recurrence.check(episode));
  }

  private List<String> messages(String username) {
    return Demo.signIn(port, username)
        .get("/notifications")
        .document()
        .select("main td:nth-child(2)")
        .eachText();
  }

  @Test
  void twoChildrenFoundAtTheSameAddressAreFlaggedToTheLeadAndBothTeamsOnce() {
    String address = "Flat " + (100 + (int) (Math.random() * 800)) + ", Mill Lane";
    actAs.user("kw.jones");
    ChildId first = fixtures.aChildWithKeyWorker("Recurra", "kw.jones");
    EpisodeId firstEpisode = recorded.missingAndFound(first, 30, address, "NB2 7XY");
    assertThat(flags(first)).as("no other child yet").isZero();
    actAs.nobody();
    int leadBefore = messages("context.rahman").size();

    actAs.user("kw.ahmed");
    ChildId second = fixtures.aChildWithKeyWorker("Secunda", "kw.ahmed");
    // typed differently: the same place by its normalised address and postcode
    EpisodeId secondEpisode =
        recorded.missingAndFound(second, 2, address.toUpperCase() + ".", "nb27xy");
    actAs.nobody();
    assertThat(flags(first)).isEqualTo(1);
    assertThat(firstEpisode).isNotEqualTo(secondEpisode);

    List<String> lead = messages("context.rahman");
    assertThat(lead).hasSize(leadBefore + 1);
    assertThat(lead.get(0))
        .contains("The address " + address.toUpperCase() + "., NB27XY")
        .contains("2 different children")
        .doesNotContain("Recurra")
        .doesNotContain("Secunda");
    for (String keyWorker : List.of("kw.jones", "kw.ahmed")) {
      String told = messages(keyWorker).get(0);
      assertThat(told)
          .as(keyWorker)
          .contains(address.toUpperCase() + "., NB27XY")
          .contains("also comes up in other children")
          .doesNotContain("Recurra")
          .doesNotContain("Secunda");
    }
    assertThat(
            jdbc.sql(
                    "SELECT link FROM notification n JOIN app_user u ON u.id = n.recipient_id"
                        + " WHERE u.username = 'kw.ahmed' AND n.kind = 'missing-recurrence'"
                        + " ORDER BY n.created_at DESC LIMIT 1")
                .query(String.class)
                .single())
        .as("each team is led to its own child")
        .isEqualTo("/missing/children/" + second.value() + "/pattern");

    assertThat(check(secondEpisode)).as("the pair is flagged once").isZero();
    assertThat(messages("context.rahman")).hasSize(leadBefore + 1);
    assertThat(
            jdbc.sql(
                    "SELECT detail FROM audit_event WHERE action = 'REVIEW' AND record_type ="
                        + " 'missing episode' AND record_id = ?")
                .param(secondEpisode.toString())
                .query(String.class)
                .list())
        .singleElement()
        .asString()
        .startsWith("recurs across children: location shared by 2 children, 1 newly flagged");
  }
}
