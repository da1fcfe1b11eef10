package uk.harbour.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * Issue 9, item 17: every case home, chronology and plan page makes at most six round trips to the
 * database (counted exactly by the driver's sockets, {@code harbour.diagnostics.round-trips}),
 * including the session, the signed-in user, the access rule, the page's own reads and its commit.
 * The demo world's cases with the fullest plans and chronologies are used, for a key worker and for
 * the manager who sees them through the people they manage.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "harbour.diagnostics.round-trips=true")
@ActiveProfiles("test")
class CasePageRoundTripsIntegrationTests {

  static final int MOST = 6;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void caseHomeChronologyAndPlanMakeAtMostSixRoundTrips() {
    List<UUID> cases = fullestCasesOf("kw.jones");
    assertThat(cases).isNotEmpty();
    for (String user : List.of("kw.jones", "manager.okafor")) {
      Browser browser = Demo.signIn(port, user);
      for (UUID id : cases) {
        for (String page : List.of("", "/chronology", "/plan")) {
          for (int visit = 1; visit <= 2; visit++) {
            Page shown = browser.get("/cases/" + id + page);
            assertThat(shown.status()).isEqualTo(200);
            assertThat(roundTrips(shown))
                .as("%s, visit %d of /cases/%s%s", user, visit, id, page)
                .isBetween(1L, (long) MOST);
          }
        }
      }
    }
  }

  /** The key worker's cases with the most plan items and chronology entries. */
  private List<UUID> fullestCasesOf(String keyWorker) {
    return jdbc.sql(
            """
            SELECT c.id FROM cases c
              JOIN child_key_worker k ON k.child_id = c.child_id
              JOIN app_user u ON u.id = k.user_id
              LEFT JOIN plan p ON p.case_id = c.id
             WHERE u.username = ?
             ORDER BY (SELECT count(*) FROM plan_action a WHERE a.plan_id = p.id)
                    + (SELECT count(*) FROM plan_measure m WHERE m.plan_id = p.id)
                    + (SELECT count(*) FROM plan_review r WHERE r.plan_id = p.id) DESC,
                      (SELECT count(*) FROM chronology_entry e WHERE e.case_id = c.id) DESC
             LIMIT 3
            """)
        .param(keyWorker)
        .query(UUID.class)
        .list();
  }

  private static long roundTrips(Page page) {
    return Long.parseLong(
        page.headers()
            .firstValue("Harbour-Db-Round-Trips")
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no round-trip count: is harbour.diagnostics.round-trips on?")));
  }
}
