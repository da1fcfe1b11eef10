package uk.harbour.missing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.demo.DemoMissing;
import uk.harbour.testing.Demo;

/**
 * The demo world's missing episodes give the coordinator something to do and the patterns work
 * something to find: a repeat runaway with at least three episodes in the last 90 days, two
 * different children found at the same address in different episodes, and overdue return
 * interviews, which the coordinator sees on the missing list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DemoMissingIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void theDemoWorldHasARepeatRunawayASharedAddressAndOverdueInterviews() {
    assertThat(
            jdbc.sql(
                    "SELECT max(n) FROM (SELECT count(*) AS n FROM missing_episode e"
                        + " JOIN app_user u ON u.id = e.recorded_by"
                        + " WHERE e.start_at > now() - INTERVAL '90 days'"
                        + " AND u.username IN ('kw.jones', 'kw.ahmed') GROUP BY e.child_id) c")
                .query(Long.class)
                .single())
        .as("a repeat runaway")
        .isGreaterThanOrEqualTo(3);
    String key =
        MissingEpisode.Found.locationKey(DemoMissing.FLAT_ADDRESS, DemoMissing.FLAT_POSTCODE);
    assertThat(
            jdbc.sql(
                    "SELECT count(DISTINCT child_id) FROM missing_episode"
                        + " WHERE found_location_key = ?")
                .param(key)
                .query(Long.class)
                .single())
        .as("children found at the Mill Lane flat, typed two ways")
        .isGreaterThanOrEqualTo(2);
    assertThat(
            Demo.signIn(port, "coord.ward")
                .get("/missing")
                .document()
                .select("#list-overdue tbody tr")
                .size())
        .as("overdue return interviews on the coordinator's list")
        .isGreaterThanOrEqualTo(2);
  }
}
