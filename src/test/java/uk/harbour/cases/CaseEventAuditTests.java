package uk.harbour.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;
import uk.harbour.cases.assessment.AssessmentChanged;
import uk.harbour.cases.chronology.ChronologyEntryChanged;
import uk.harbour.cases.plan.PlanChanged;
import uk.harbour.shared.ChildId;

/**
 * The cases module's typed events yield exactly the audit records its services used to build by
 * hand (action, record type, record id, detail, children), so the stored rows stay the same.
 */
class CaseEventAuditTests {

  static final CaseId CASE = new CaseId(UUID.fromString("5e0c1a2b-3d4e-4f50-8a6b-7c8d9e0f1a2b"));
  static final String ID = CASE.value().toString();
  static final ChildId CHILD = ChildId.of("7d2a1f90-3c4b-4e5d-8f6a-1b2c3d4e5f60");

  @Test
  void anOpenedCaseIsANewCaseNamingItsChild() {
    assertThat(new CaseOpened(CASE, CHILD).audited())
        .containsExactly(record(AuditAction.CREATE, "child 7d2a1f90-3c4b-4e5d-8f6a-1b2c3d4e5f60"));
  }

  @Test
  void aStatusChangeSaysFromAndToAndTheConcernThatSteppedItBackUp() {
    assertThat(new CaseStatusChanged(CASE, CaseStatus.OPEN, CaseStatus.CLOSED, null).audited())
        .containsExactly(record(AuditAction.CHANGE, "status OPEN to CLOSED"));
    assertThat(
            new CaseStatusChanged(CASE, CaseStatus.STEPPED_DOWN, CaseStatus.OPEN, "CON-2026-000123")
                .audited())
        .containsExactly(
            record(AuditAction.CHANGE, "status STEPPED_DOWN to OPEN: concern CON-2026-000123"));
  }

  @Test
  void aConcernAddedOrRemovedIsAChangeToTheCase() {
    assertThat(new CaseConcernChanged(CASE, "CON-2026-000123", true).audited())
        .containsExactly(record(AuditAction.CHANGE, "concern added: CON-2026-000123"));
    assertThat(new CaseConcernChanged(CASE, "CON-2026-000123", false).audited())
        .containsExactly(record(AuditAction.CHANGE, "concern removed: CON-2026-000123"));
  }

  @Test
  void aKeyWorkerAllocationNamesTheUserOrNone() {
    UUID worker = UUID.fromString("11111111-2222-4333-8444-555555555555");
    assertThat(new KeyWorkerAllocated(CASE, worker).audited())
        .containsExactly(
            record(
                AuditAction.CHANGE, "key worker allocated: 11111111-2222-4333-8444-555555555555"));
    assertThat(new KeyWorkerAllocated(CASE, null).audited())
        .containsExactly(record(AuditAction.CHANGE, "key worker: none"));
  }

  @Test
  void anAssessmentSaveSubmissionAndSignOffAreChangesToTheCase() {
    assertThat(new AssessmentChanged(CASE, AssessmentChanged.Change.SAVED, 0).audited())
        .containsExactly(record(AuditAction.CHANGE, "assessment saved"));
    assertThat(new AssessmentChanged(CASE, AssessmentChanged.Change.SUBMITTED, 2).audited())
        .containsExactly(record(AuditAction.CHANGE, "assessment version 2 submitted"));
    assertThat(new AssessmentChanged(CASE, AssessmentChanged.Change.SIGNED_OFF, 2).audited())
        .containsExactly(record(AuditAction.CHANGE, "assessment version 2 signed off"));
  }

  @Test
  void eachChangeToAChronologyEntryNamesTheEntry() {
    UUID entry = UUID.fromString("99999999-8888-4777-8666-555555555555");
    assertThat(
            java.util.Arrays.stream(ChronologyEntryChanged.Change.values())
                .map(c -> new ChronologyEntryChanged(CASE, entry, c).audited().get(0))
                .toList())
        .containsExactly(
            record(AuditAction.CHANGE, "chronology entry added " + entry),
            record(AuditAction.CHANGE, "young person's view on chronology entry " + entry),
            record(AuditAction.CHANGE, "chronology entry corrected " + entry),
            record(AuditAction.CHANGE, "chronology entry withdrawn " + entry),
            record(AuditAction.CHANGE, "note added to chronology entry " + entry));
  }

  @Test
  void eachChangeToThePlanIsAChangeToTheCaseInItsOwnWords() {
    assertThat(
            java.util.Arrays.stream(PlanChanged.Change.values())
                .map(c -> new PlanChanged(CASE, c).audited().get(0))
                .toList())
        .containsExactly(
            record(AuditAction.CHANGE, "plan saved"),
            record(AuditAction.CHANGE, "plan finalised"),
            record(AuditAction.CHANGE, "plan action added"),
            record(AuditAction.CHANGE, "plan action changed"),
            record(AuditAction.CHANGE, "plan measure added"),
            record(AuditAction.CHANGE, "plan measure recorded"),
            record(AuditAction.CHANGE, "plan review recorded"),
            record(AuditAction.CHANGE, "plan comment from the young person recorded"));
  }

  private static Audited record(AuditAction action, String detail) {
    return new Audited(action, "case", ID, AuditOutcome.SUCCEEDED, null, detail, List.of());
  }
}
