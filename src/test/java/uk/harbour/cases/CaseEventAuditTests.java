package uk.harbour.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.harbour.shared.AuditAction;
import uk.harbour.shared.AuditOutcome;
import uk.harbour.shared.Audited;
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

  private static Audited record(AuditAction action, String detail) {
    return new Audited(action, "case", ID, AuditOutcome.SUCCEEDED, null, detail, List.of());
  }
}
