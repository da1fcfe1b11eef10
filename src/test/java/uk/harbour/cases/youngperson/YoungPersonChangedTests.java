package uk.harbour.cases.youngperson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;
import uk.harbour.cases.CaseId;
import uk.harbour.shared.ChildId;

/**
 * Changes to the young person's page yield exactly the audit records {@code YoungPerson} used to
 * build by hand: against the case, and against another child named or no longer named.
 */
class YoungPersonChangedTests {

  static final CaseId CASE = new CaseId(UUID.fromString("5e0c1a2b-3d4e-4f50-8a6b-7c8d9e0f1a2b"));
  static final UUID ITEM = UUID.fromString("12345678-9abc-4def-8123-456789abcdef");
  static final ChildId OTHER = ChildId.of("7d2a1f90-3c4b-4e5d-8f6a-1b2c3d4e5f60");

  @Test
  void additionsAreChangesToTheCase() {
    assertThat(changed(YoungPersonChanged.Change.PROFILE_SAVED, null, null))
        .containsExactly(onCase("young person's profile saved"));
    assertThat(changed(YoungPersonChanged.Change.RELATIONSHIP_ADDED, null, null))
        .containsExactly(onCase("relationship added"));
    assertThat(changed(YoungPersonChanged.Change.CHILD_LINKED, OTHER, null))
        .containsExactly(onCase("child linked: " + OTHER.value()));
  }

  @Test
  void namingAChildAsAPersonOfConcernIsAlsoAChangeToThatChild() {
    assertThat(changed(YoungPersonChanged.Change.PERSON_OF_CONCERN_NAMED, ITEM, OTHER))
        .containsExactly(
            onCase("person of concern named " + ITEM),
            onOther("named as a person of concern in another child's case"));
    assertThat(changed(YoungPersonChanged.Change.PERSON_OF_CONCERN_NAMED, ITEM, null))
        .containsExactly(onCase("person of concern named " + ITEM));
  }

  @Test
  void removalsNameWhatWasRemovedAndTellTheOtherChild() {
    assertThat(changed(YoungPersonChanged.Change.removed(Removable.RELATIONSHIP), ITEM, null))
        .containsExactly(onCase("relationships removed " + ITEM));
    assertThat(changed(YoungPersonChanged.Change.removed(Removable.LINKED_CHILD), ITEM, OTHER))
        .containsExactly(
            onCase("linked-children removed " + ITEM),
            onOther("no longer linked from another child's case"));
    assertThat(changed(YoungPersonChanged.Change.removed(Removable.PERSON_OF_CONCERN), ITEM, OTHER))
        .containsExactly(
            onCase("persons-of-concern removed " + ITEM),
            onOther("no longer named as a person of concern in another child's case"));
  }

  private static List<Audited> changed(
      YoungPersonChanged.Change change, Object item, ChildId other) {
    return new YoungPersonChanged(CASE, change, item, other).audited();
  }

  private static Audited onCase(String detail) {
    return new Audited(
        AuditAction.CHANGE,
        "case",
        CASE.value().toString(),
        AuditOutcome.SUCCEEDED,
        null,
        detail,
        List.of());
  }

  private static Audited onOther(String detail) {
    return new Audited(
        AuditAction.CHANGE,
        "child",
        OTHER.value().toString(),
        AuditOutcome.SUCCEEDED,
        null,
        detail,
        List.of());
  }
}
