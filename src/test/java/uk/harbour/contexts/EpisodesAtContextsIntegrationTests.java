package uk.harbour.contexts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.missing.MissingFixture;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * The managers' ranking of contexts counts the missing episodes that ended with a child found at
 * each context's address, however the address was typed, and names no child.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, MissingFixture.class})
class EpisodesAtContextsIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired MissingFixture fixture;

  @Test
  void theRankingCountsEpisodesFoundAtTheContextsAddress() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String name = "Ranking arcade " + tag;
    String address = tag + " Quay Street";
    jdbc.sql(
            "INSERT INTO context (id, kind, name, description, address, postcode, version,"
                + " created_at, created_by_name, updated_at, updated_by_name) VALUES (?, 'PLACE',"
                + " ?, 'An amusement arcade', ?, 'NB4 1ZZ', 1, now(), 'Test', now(), 'Test')")
        .params(UUID.randomUUID(), name, address)
        .update();
    MissingFixture.Young first = fixture.child("kw.jones", "Rankone");
    MissingFixture.Young second = fixture.child("kw.ahmed", "Ranktwo");
    foundAt(first, address.toUpperCase() + ",", "nb41zz", 30);
    foundAt(second, address, "NB4 1ZZ", 20);
    foundAt(second, "1 Elsewhere Road", "NB4 1ZZ", 10);

    Page ranking = Demo.signIn(port, "manager.okafor").get("/contexts/ranking");
    assertThat(ranking.status()).isEqualTo(200);
    var row = ranking.document().selectFirst("tr:has(td:containsOwn(" + name + "))");
    assertThat(row).isNotNull();
    assertThat(row.select("td").eachText()).contains("2");
    assertThat(ranking.body()).doesNotContain(first.name()).doesNotContain(second.name());
  }

  private void foundAt(MissingFixture.Young child, String address, String postcode, int daysAgo) {
    jdbc.sql(
            """
            INSERT INTO missing_episode (id, child_id, kind, left_at, start_at, returned_at,
                   how_returned, found_address, found_postcode, found_location_key, recorded_by,
                   recorder_capacity, version, created_at, updated_at)
            SELECT ?, ?, 'M', now() - make_interval(days => ?), now() - make_interval(days => ?),
                   now() - make_interval(days => ?) + INTERVAL '5 hours', 'FOUND_BY_POLICE', ?, ?,
                   ?, id, 'KEY_WORKER', 1, now(), now()
              FROM app_user WHERE username = 'kw.jones'
            """)
        .params(
            UUID.randomUUID(),
            child.child().value(),
            daysAgo,
            daysAgo,
            daysAgo,
            address,
            postcode,
            uk.harbour.missing.FoundAddresses.key(address, postcode))
        .update();
  }
}
