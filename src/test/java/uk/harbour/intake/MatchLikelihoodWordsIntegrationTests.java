package uk.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.people.Sex;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * Screening candidates never claim certainty: a concern that repeats a child's record exactly is
 * "very likely" the same child, never "100%" (issue 9, item 15).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ActAs.class)
class MatchLikelihoodWordsIntegrationTests {

  @LocalServerPort int port;
  @Autowired Concerns concerns;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void nobody() {
    actAs.nobody();
  }

  @Test
  void aCandidateThatAgreesInEveryDetailIsVeryLikelyNeverCertain() {
    Map<String, Object> child =
        jdbc.sql(
                "SELECT reference, first_name, last_name, date_of_birth, sex, school FROM child"
                    + " WHERE date_of_birth IS NOT NULL AND school IS NOT NULL AND sex IS NOT NULL"
                    + " AND merged_into IS NULL AND reference BETWEEN 'HBR-001001' AND 'HBR-001040'"
                    + " ORDER BY reference LIMIT 1")
            .query()
            .singleRow();
    actAs.user("police.evans");
    UUID id =
        concerns.startDraft(
            ConcernFixtures.aConcern()
                .about((String) child.get("first_name"), (String) child.get("last_name"))
                .born(
                    ((java.sql.Date) child.get("date_of_birth")).toLocalDate(),
                    Sex.valueOf((String) child.get("sex")),
                    (String) child.get("school"))
                .details());
    concerns.submit(id, 1);
    actAs.nobody();

    Page page = Demo.signIn(port, "screening.lee").get("/screening/" + id);
    Element top = page.document().selectFirst(".govuk-summary-card__title");
    assertThat(top).isNotNull();
    assertThat(top.text()).contains((String) child.get("reference")).contains("Very likely");
    assertThat(page.document().select("main").text())
        .doesNotContain("100%")
        .doesNotContain("100.0%");
  }
}
