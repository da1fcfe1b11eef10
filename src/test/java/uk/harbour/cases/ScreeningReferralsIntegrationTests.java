package uk.harbour.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.harbour.intake.ConcernScreened;
import uk.harbour.intake.ScreeningOutcome;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;

/**
 * The cases module reacts to intake's {@link ConcernScreened}: a referral to the CSE service opens
 * the child's case with the concern on it and the decision in its chronology, in the publisher's
 * transaction; any other outcome leaves cases alone. Intake calls nothing in cases.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixtures.class})
class ScreeningReferralsIntegrationTests {

  @Autowired CaseFixtures fixtures;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;
  @Autowired ActAs actAs;

  @AfterEach
  void nobody() {
    actAs.nobody();
  }

  @Test
  void aReferralPublishedByScreeningOpensTheCaseWithTheConcernAndTheDecision() {
    ChildId child = fixtures.aChildWithKeyWorker("Rhiannon", "kw.jones");
    actAs.user("screening.lee");

    publish(screened(child, ScreeningOutcome.REFERRAL_TO_CSE_SERVICE, "CON-EVENT-000001"));

    UUID caseId =
        jdbc.sql("SELECT id FROM cases WHERE child_id = ? AND status = 'OPEN'")
            .param(child.value())
            .query(UUID.class)
            .single();
    assertThat(
            jdbc.sql("SELECT concern_ref FROM case_concern WHERE case_id = ?")
                .param(caseId)
                .query(String.class)
                .list())
        .containsExactly("CON-EVENT-000001");
    assertThat(
            jdbc.sql(
                    "SELECT summary FROM chronology_entry WHERE case_id = ?"
                        + " AND kind = 'SCREENING_DECISION'")
                .param(caseId)
                .query(String.class)
                .list())
        .containsExactly(
            "Screening decision on concern CON-EVENT-000001 by Sam Lee: referral to the CSE"
                + " service. Reasons: Needs the service");
  }

  @Test
  void anotherOutcomeLeavesCasesAlone() {
    ChildId child = fixtures.aChildWithKeyWorker("Imogen", "kw.jones");
    actAs.user("screening.lee");

    publish(screened(child, ScreeningOutcome.EARLY_HELP, "CON-EVENT-000002"));

    assertThat(
            jdbc.sql("SELECT count(*) FROM cases WHERE child_id = ?")
                .param(child.value())
                .query(Long.class)
                .single())
        .isZero();
  }

  private void publish(ConcernScreened screened) {
    new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(screened));
  }

  private static ConcernScreened screened(
      ChildId child, ScreeningOutcome outcome, String reference) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return new ConcernScreened(
        UUID.randomUUID(),
        reference,
        child,
        outcome,
        "Needs the service",
        "Sam Lee",
        now.minus(1, ChronoUnit.HOURS),
        now.minus(30, ChronoUnit.MINUTES),
        now);
  }
}
