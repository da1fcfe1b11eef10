package uk.harbour.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * Intelligence started from a case, over real HTTP with the demo world's users: the key worker's
 * form comes with the child ticked and the case's persons of concern filled in, never the young
 * person's own words; the case page offers it; someone outside the child's team gets a 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseToIntelligenceIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void theKeyWorkersFormComesWithTheChildAndThePersonsOfConcernAndOthersGetA404() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Kase kase = caseOf("kw.jones", "kw.ahmed");
    String person = "Deano " + tag;
    jdbc.sql(
            """
            INSERT INTO person_of_concern (id, child_id, name, description, created_at,
                                           created_by_name)
            VALUES (?, ?, ?, ?, ?, 'Test')
            """)
        .params(
            UUID.randomUUID(),
            kase.child(),
            person,
            "Drives a black Audi " + tag,
            Timestamp.from(Instant.now()))
        .update();

    var jones = Demo.signIn(port, "kw.jones");
    Page casePage = jones.get("/cases/" + kase.id());
    assertThat(casePage.status()).isEqualTo(200);
    var link = casePage.document().selectFirst("a#case-to-intelligence");
    assertThat(link).as("the case page offers intelligence").isNotNull();
    assertThat(link.text()).isEqualTo("Submit intelligence from this case");

    Page form = jones.get(link.attr("href"));
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.document().select("input[name=childIds][checked]").eachAttr("value"))
        .containsExactly(kase.child().toString());
    assertThat(form.document().select("input[name$=.name]").eachAttr("value")).contains(person);
    assertThat(form.body()).contains("Drives a black Audi " + tag);
    assertThat(form.document().select("textarea#whatKnown").text()).isEmpty();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE record_type = 'case' AND record_id = ?"
                        + " AND action = 'VIEW' AND username = 'kw.jones'"
                        + " AND detail LIKE 'to start intelligence%'")
                .param(kase.id().toString())
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(1);

    Page outside =
        Demo.signIn(port, "kw.ahmed").get("/intelligence/new?from=case&record=" + kase.id());
    assertThat(outside.status()).isEqualTo(404);
    assertThat(outside.body()).doesNotContain(person);
  }

  private record Kase(UUID id, UUID child) {}

  /** An open case of a child the key worker holds and the other user may not see. */
  private Kase caseOf(String keyWorker, String notVisibleTo) {
    return jdbc.sql(
            """
            SELECT k.id, k.child_id FROM cases k
              JOIN team_member t ON t.child_id = k.child_id AND t.team_role = 'KEY_WORKER'
              JOIN app_user u ON u.id = t.user_id
             WHERE u.username = ? AND k.status = 'OPEN'
               AND k.child_id NOT IN (SELECT child_id FROM visible_child_ids(
                 (SELECT id FROM app_user WHERE username = ?)))
             ORDER BY random() LIMIT 1
            """)
        .params(keyWorker, notVisibleTo)
        .query((rs, n) -> new Kase(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
        .single();
  }
}
