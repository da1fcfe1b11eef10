package uk.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo world's cases name the concerns that led to them by real references, like any other
 * case: never a placeholder such as "DEMO" (issue 9, item 15).
 */
@SpringBootTest
@ActiveProfiles("test")
class DemoConcernReferencesIntegrationTests {

  /**
   * The demo world's cases: those of the 51 records seeded first (HBR-001001 to HBR-001051), before
   * any test made cases of its own with references of its choosing.
   */
  static final String DEMO_CASES =
      "SELECT k.id FROM cases k JOIN child ch ON ch.id = k.child_id"
          + " WHERE ch.reference BETWEEN 'HBR-001001' AND 'HBR-001051'";

  @Autowired JdbcClient jdbc;

  @Test
  void everyConcernACaseNamesIsARealConcernWithARealReference() {
    assertThat(
            jdbc.sql(
                    "SELECT cc.concern_ref FROM case_concern cc"
                        + " WHERE cc.case_id IN ("
                        + DEMO_CASES
                        + ") AND NOT EXISTS (SELECT 1 FROM concern c"
                        + "                    WHERE c.reference = cc.concern_ref)")
                .query(String.class)
                .list())
        .isEmpty();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM chronology_entry WHERE summary LIKE '%DEMO%'"
                        + " AND case_id IN ("
                        + DEMO_CASES
                        + ")")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void theDemoCasesOpenedFromAConcernShowAReferralDecision() {
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM case_concern cc JOIN concern c ON c.reference = cc.concern_ref"
                        + " JOIN screening_decision d ON d.concern_id = c.id"
                        + " WHERE d.outcome = 'REFERRAL_TO_CSE_SERVICE' AND d.case_id = cc.case_id"
                        + " AND cc.case_id IN ("
                        + DEMO_CASES
                        + ")")
                .query(Long.class)
                .single())
        .isPositive();
  }
}
