package uk.harbour.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.testing.ActAs;

/**
 * A concern that misspells a demo child's name and uses a nickname still finds that child first.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(ActAs.class)
class ChildMatchingIntegrationTests {

  private static final Map<String, String> NICKNAMES =
      Map.of("Daniel", "Danny", "Samuel", "Sam", "Oliver", "Ollie", "Olivia", "Liv");

  @Autowired ChildMatching matching;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void signOut() {
    actAs.nobody();
  }

  @Test
  void aMisspeltNameAndANicknameStillRankTheChildFirstWithReasons() {
    Map<String, Object> child =
        jdbc.sql(
                "SELECT reference, first_name, last_name, date_of_birth, school FROM child"
                    + " WHERE first_name IN ('Daniel', 'Samuel', 'Oliver', 'Olivia')"
                    + " AND date_of_birth IS NOT NULL AND length(last_name) >= 4"
                    + " ORDER BY reference LIMIT 1")
            .query()
            .singleRow();
    String last = (String) child.get("last_name");
    String misspelt = last.substring(0, 1) + last.charAt(2) + last.charAt(1) + last.substring(3);
    actAs.user("screening.lee");

    List<ChildCandidate> found =
        matching.candidates(
            new ChildDescription(
                NICKNAMES.get((String) child.get("first_name")),
                misspelt,
                null,
                ((java.sql.Date) child.get("date_of_birth")).toLocalDate(),
                null,
                null,
                null,
                null,
                (String) child.get("school")),
            5);

    assertThat(found).isNotEmpty();
    ChildCandidate top = found.get(0);
    assertThat(top.reference()).isEqualTo(child.get("reference"));
    assertThat(top.reasons())
        .extracting(MatchReason::field)
        .contains("given-name", "family-name", "date-of-birth");
    assertThat(top.reasons())
        .filteredOn(r -> r.field().equals("given-name"))
        .extracting(MatchReason::level)
        .containsExactly("nickname-variant-or-other-name");
    long searches =
        jdbc.sql(
                "SELECT count(*) FROM audit_event WHERE username = 'screening.lee'"
                    + " AND action = 'SEARCH' AND detail LIKE ?")
            .param("screening candidates: " + child.get("reference") + "%")
            .query(Long.class)
            .single();
    assertThat(searches).isPositive();
  }

  @Test
  void onlyScreeningOfficersMaySearchEveryChild() {
    actAs.user("kw.jones");
    assertThatThrownBy(
            () ->
                matching.candidates(
                    new ChildDescription("Sam", "Smith", null, null, 14, null, null, null, null),
                    5))
        .isInstanceOf(AccessDeniedException.class);
  }
}
