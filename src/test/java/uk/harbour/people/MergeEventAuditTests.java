package uk.harbour.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;
import uk.harbour.shared.ChildId;

/**
 * The merge events yield exactly the audit records {@code Merges} used to build by hand, in the
 * same order, so the stored rows and the audit pages stay the same.
 */
class MergeEventAuditTests {

  static final UUID MERGE = UUID.fromString("3f2e1d0c-9b8a-4765-8432-10fedcba9876");
  static final ChildId KEPT = ChildId.of("aaaaaaaa-1111-4222-8333-444444444444");
  static final ChildId MERGED = ChildId.of("bbbbbbbb-1111-4222-8333-444444444444");

  @Test
  void aProposalIsANewMergeRecord() {
    assertThat(new ChildMergeProposed(MERGE, "HBR-000002", "HBR-000001").audited())
        .containsExactly(
            record(
                AuditAction.CREATE, "child-merge", MERGE, "proposed: HBR-000002 into HBR-000001"));
  }

  @Test
  void aMergeIsAuditedAgainstBothChildrenThenApproved() {
    String detail = "HBR-000002 merged into HBR-000001 (merge " + MERGE + ")";
    assertThat(new ChildrenMerged(MERGE, KEPT, "HBR-000001", MERGED, "HBR-000002", false).audited())
        .containsExactly(
            record(AuditAction.MERGE, "child", KEPT.value(), detail),
            record(AuditAction.MERGE, "child", MERGED.value(), detail),
            record(AuditAction.REVIEW, "child-merge", MERGE, "approved"));
  }

  @Test
  void anUnmergeIsAuditedAgainstBothChildren() {
    String detail = "HBR-000002 separated from HBR-000001 (merge " + MERGE + ")";
    assertThat(new ChildrenMerged(MERGE, KEPT, "HBR-000001", MERGED, "HBR-000002", true).audited())
        .containsExactly(
            record(AuditAction.UNMERGE, "child", KEPT.value(), detail),
            record(AuditAction.UNMERGE, "child", MERGED.value(), detail));
  }

  @Test
  void aRejectionIsAReviewOfTheMerge() {
    assertThat(new ChildMergeRejected(MERGE).audited())
        .containsExactly(record(AuditAction.REVIEW, "child-merge", MERGE, "rejected"));
  }

  private static Audited record(AuditAction action, String type, UUID id, String detail) {
    return new Audited(
        action, type, id.toString(), AuditOutcome.SUCCEEDED, null, detail, List.of());
  }
}
