package uk.harbour.disruption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/**
 * The words the audit trail stores for each disruption event, pinned: changing them changes what
 * investigators search for, so it must be a decision, not an accident (docs/adr/020).
 */
class DisruptionEventAuditTests {

  static final String ACTIVITY_ID = "11111111-2222-4333-8444-555555555555";
  static final DisruptionId ACTIVITY = new DisruptionId(UUID.fromString(ACTIVITY_ID));
  static final ChildId CHILD = new ChildId(UUID.fromString("66666666-7777-4888-9999-aaaaaaaaaaaa"));
  static final UserId LEAD = new UserId(UUID.fromString("99999999-8888-4777-8666-555555555555"));
  static final UUID TACTIC = UUID.fromString("abcdefab-cdef-4abc-8def-abcdefabcdef");

  @Test
  void anActivityCreatedNamesItsTacticAndItsChildren() {
    assertThat(
            new DisruptionActivityChanged(
                    ACTIVITY,
                    DisruptionActivityChanged.Change.CREATED,
                    "SEXUAL_RISK_ORDER",
                    List.of(CHILD))
                .audited())
        .containsExactly(
            new Audited(
                AuditAction.CREATE,
                "disruption activity",
                ACTIVITY_ID,
                AuditOutcome.SUCCEEDED,
                null,
                "disruption activity created: SEXUAL_RISK_ORDER",
                List.of(CHILD)));
  }

  @Test
  void changesBreachesAndOutcomesAreChangesInTheirOwnWords() {
    assertThat(detail(DisruptionActivityChanged.Change.UPDATED, "version 3"))
        .isEqualTo("disruption activity updated: version 3");
    assertThat(detail(DisruptionActivityChanged.Change.BREACH_RECORDED, "ARREST"))
        .isEqualTo("breach recorded, followed by: ARREST");
    assertThat(detail(DisruptionActivityChanged.Change.OUTCOME_RECORDED, "WITHDRAWN"))
        .isEqualTo("outcome recorded: WITHDRAWN");
    assertThat(
            new DisruptionActivityChanged(
                    ACTIVITY,
                    DisruptionActivityChanged.Change.OUTCOME_RECORDED,
                    "SERVED",
                    List.of())
                .audited()
                .get(0)
                .action())
        .isEqualTo(AuditAction.CHANGE);
  }

  @Test
  void anExpiryReminderNamesWhoWasToldTheLeadTimeAndTheExpiryDate() {
    assertThat(new DisruptionOrderExpiring(ACTIVITY, LEAD, 28, LocalDate.of(2027, 3, 1)).audited())
        .containsExactly(
            new Audited(
                AuditAction.REVIEW,
                "disruption activity",
                ACTIVITY_ID,
                AuditOutcome.SUCCEEDED,
                null,
                "expiry reminder sent to 99999999-8888-4777-8666-555555555555: 28 days before"
                    + " 2027-03-01"));
  }

  @Test
  void tacticChangesNameTheCodeAndTheVersionSaved() {
    assertThat(new TacticChanged(TACTIC, "CLOSURE_ORDER", TacticChanged.Change.ADDED, 1).audited())
        .containsExactly(
            new Audited(
                AuditAction.CREATE,
                "disruption tactic",
                TACTIC.toString(),
                AuditOutcome.SUCCEEDED,
                null,
                "tactic added: CLOSURE_ORDER, version 1"));
    assertThat(tactic(TacticChanged.Change.CHANGED)).isEqualTo("tactic changed: X, version 2");
    assertThat(tactic(TacticChanged.Change.RETIRED)).isEqualTo("tactic retired: X, version 2");
    assertThat(tactic(TacticChanged.Change.RESTORED))
        .isEqualTo("tactic brought back: X, version 2");
  }

  private static String detail(DisruptionActivityChanged.Change change, String words) {
    return new DisruptionActivityChanged(ACTIVITY, change, words, List.of(CHILD))
        .audited()
        .get(0)
        .detail();
  }

  private static String tactic(TacticChanged.Change change) {
    List<Audited> audited = new TacticChanged(TACTIC, "X", change, 2).audited();
    assertThat(audited.get(0).action()).isEqualTo(AuditAction.CHANGE);
    return audited.get(0).detail();
  }
}
