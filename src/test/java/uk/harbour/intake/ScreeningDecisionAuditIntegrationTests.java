package uk.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;

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
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * A screening decision posted over HTTP is audited as one event: the change to the concern, not
 * also a view of it before and after. Reading the screening page changes nothing but the audit
 * trail's record of the view.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ActAs.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreeningDecisionAuditIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ActAs actAs;
  @Autowired Concerns concerns;

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
  void oneDecisionIsOneAuditEvent() {
    UUID id = submitted();
    Page page = officer.get("/screening/" + id);
    long before = lastSeq();

    Page decided =
        officer.submit(
            page,
            ScreeningEndToEndIntegrationTests.DECISION_FORM,
            Map.of("outcome", "ADVICE_GIVEN", "reasons", "Advice on safety planning given."));

    assertThat(decided.location()).isEqualTo("/screening");
    assertThat(
            jdbc.sql(
                    "SELECT action || ' ' || record_type || ' ' || record_id FROM audit_event"
                        + " WHERE seq > ? AND username = 'screening.lee' ORDER BY seq")
                .param(before)
                .query(String.class)
                .list())
        .containsExactly("CHANGE concern " + id);
  }

  @Test
  void readingTheScreeningPageWritesNothingButItsAuditEvents() {
    UUID id = submitted();
    List<Map<String, Object>> concernBefore = concernRow(id);
    long before = lastSeq();

    assertThat(officer.get("/screening/" + id).status()).isEqualTo(200);

    assertThat(concernRow(id)).isEqualTo(concernBefore);
    assertThat(
            jdbc.sql(
                    "SELECT DISTINCT action FROM audit_event WHERE seq > ?"
                        + " AND username = 'screening.lee'")
                .param(before)
                .query(String.class)
                .list())
        .isNotEmpty()
        .allSatisfy(action -> assertThat(action).isIn("VIEW", "SEARCH"));
    officer.submit(
        officer.get("/screening/" + id),
        ScreeningEndToEndIntegrationTests.DECISION_FORM,
        Map.of("outcome", "NO_FURTHER_ACTION", "reasons", "Not about a child at risk."));
  }

  private List<Map<String, Object>> concernRow(UUID id) {
    return concernRow(jdbc, id);
  }

  /** What a page must not change: the concern's link, status and version. */
  static List<Map<String, Object>> concernRow(JdbcClient jdbc, UUID id) {
    return jdbc.sql(
            "SELECT child_id, linked_at, linked_by, status, version, updated_at FROM concern"
                + " WHERE id = ?")
        .param(id)
        .query()
        .listOfRows();
  }

  private long lastSeq() {
    return jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit_event").query(Long.class).single();
  }

  private UUID submitted() {
    actAs.user("youth.mensah");
    UUID id = concerns.startDraft(ConcernFixtures.aConcern().about("Ona", "Decision").details());
    concerns.submit(id, 1);
    actAs.nobody();
    return id;
  }
}
