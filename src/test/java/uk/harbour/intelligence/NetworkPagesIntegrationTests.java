package uk.harbour.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
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
 * A network too big for one page, over real HTTP: the first step is listed 50 links to a page with
 * the pages after it one click away; the second step lists the children it reaches and, for
 * everything else, how many entries lie beyond each first-step entry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NetworkPagesIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  UUID hub;
  String tag;

  /**
   * An adult linked to 60 others by one submission; the first of them (alphabetically) is linked in
   * turn to three vehicles and a child.
   */
  @BeforeEach
  void aBigNetwork() {
    tag = UUID.randomUUID().toString().substring(0, 6);
    UUID child =
        jdbc.sql("SELECT id FROM child WHERE merged_into IS NULL ORDER BY reference LIMIT 1")
            .query(UUID.class)
            .single();
    hub = uk.harbour.testing.TestNetworks.hub(jdbc, tag, 60, child);
  }

  @Test
  void theFirstStepIsPagedAndTheSecondIsCountedBeyondEachEntry() {
    Browser analyst = Demo.signIn(port, "analyst.novak");

    Page first = analyst.get("/intelligence/entities/" + hub);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.document().select("table:has(caption) tbody tr").size())
        .as("50 first-step links, and the child two steps away")
        .isEqualTo(51);
    assertThat(first.body()).contains("Page 1 of 2: 60 links at the first step");
    String busyRow = first.document().select("tr:has(td:containsOwn(Adult " + tag + " 00))").text();
    assertThat(busyRow).contains("Beyond it:").contains("3 vehicles");
    assertThat(first.document().select("svg.harbour-network g")).hasSize(52);
    assertThat(first.document().select("nav.govuk-pagination a[rel=next]").attr("href"))
        .isEqualTo("/intelligence/entities/" + hub + "?page=2");

    Page second = analyst.get("/intelligence/entities/" + hub + "?page=2");
    assertThat(second.document().select("table:has(caption) tbody tr")).hasSize(10);
    assertThat(second.body()).contains("Adult " + tag + " 59").doesNotContain("3 vehicles");
    assertThat(second.document().select("nav.govuk-pagination a[rel=prev]")).hasSize(1);
    assertThat(second.document().select("nav.govuk-pagination a[rel=next]")).isEmpty();

    // A page number that is not one shows the first page; one past the end shows the last.
    assertThat(analyst.get("/intelligence/entities/" + hub + "?page=x").body())
        .contains("Page 1 of 2");
    assertThat(analyst.get("/intelligence/entities/" + hub + "?page=99").body())
        .contains("Page 2 of 2");
  }
}
