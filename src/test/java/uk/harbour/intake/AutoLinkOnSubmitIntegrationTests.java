package uk.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.people.Sex;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;
import uk.harbour.testing.TestChildren;

/**
 * With automatic linking switched on, a concern certain to be about a held child is linked to them
 * when it is submitted, in the submission's transaction; the screening page then only shows it, and
 * reading it writes nothing.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "harbour.matching.auto-link-from=0.999999")
@ActiveProfiles("test")
@Import(ActAs.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutoLinkOnSubmitIntegrationTests {

  static final LocalDate BORN = LocalDate.of(2011, 7, 19);
  static final String SCHOOL = "Harrowfield Academy";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ActAs actAs;
  @Autowired Concerns concerns;
  @Autowired Children children;

  Browser officer;

  @BeforeAll
  void signIn() {
    officer = Demo.signIn(port, "screening.lee");
  }

  @AfterEach
  void nobody() {
    actAs.nobody();
  }

  @Test
  void aCertainMatchIsLinkedWhenSubmittedAndTheScreeningPageOnlyShowsIt() {
    actAs.user("kw.jones");
    ChildRecord child =
        children.create(
            TestChildren.atSchool("Zephyrine", "Quillfeather", "JJ", BORN, Sex.FEMALE, SCHOOL));
    actAs.user("youth.mensah");
    UUID id =
        concerns.startDraft(
            ConcernFixtures.aConcern()
                .about("Zephyrine", "Quillfeather")
                .born(BORN, Sex.FEMALE, SCHOOL)
                .details());
    concerns.submit(id, 1);
    actAs.nobody();

    Map<String, Object> linked = concernRow(id).get(0);
    assertThat(linked.get("child_id")).isEqualTo(child.id().value());
    assertThat(linked.get("linked_by")).isNull();
    assertThat(
            jdbc.sql(
                    "SELECT detail FROM audit_event WHERE record_type = 'concern'"
                        + " AND record_id = ? AND action = 'CHANGE' AND username = 'youth.mensah'"
                        + " ORDER BY seq")
                .param(id.toString())
                .query(String.class)
                .list())
        .hasSize(2)
        .last()
        .asString()
        .startsWith("linked to child automatically (match probability ")
        .endsWith(child.reference());

    List<Map<String, Object>> before = concernRow(id);
    Page page = officer.get("/screening/" + id);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().select(".govuk-notification-banner").text())
        .contains("Harbour linked this concern to " + child.reference());
    assertThat(concernRow(id)).isEqualTo(before);

    officer.submit(
        officer.get("/screening/" + id),
        ScreeningEndToEndIntegrationTests.DECISION_FORM,
        Map.of("outcome", "NO_FURTHER_ACTION", "reasons", "Ends the screening access."));
  }

  private List<Map<String, Object>> concernRow(UUID id) {
    return ScreeningDecisionAuditIntegrationTests.concernRow(jdbc, id);
  }
}
