package uk.harbour.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;
import uk.harbour.shared.ChildId;

/** Opening and changing a child's record are audited exactly as Children wrote them by hand. */
class ChildRecordSavedTests {

  static final ChildId CHILD = ChildId.of("cccccccc-1111-4222-8333-444444444444");

  @Test
  void openingARecordIsItsCreation() {
    assertThat(new ChildRecordSaved(CHILD, true).audited())
        .containsExactly(
            new Audited(
                AuditAction.CREATE,
                "child",
                CHILD.value().toString(),
                AuditOutcome.SUCCEEDED,
                null,
                null));
  }

  @Test
  void savingDetailsIsAChangeOfTheRecord() {
    assertThat(new ChildRecordSaved(CHILD, false).audited())
        .containsExactly(
            new Audited(
                AuditAction.CHANGE,
                "child",
                CHILD.value().toString(),
                AuditOutcome.SUCCEEDED,
                null,
                null));
  }
}
