package uk.harbour.cases.youngperson;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.Cases;
import uk.harbour.shared.ChildId;

/**
 * Something on the young person's page changed, in the transaction that changed it. Audited as a
 * change to the case and, when another child known to Harbour is named or no longer named, as a
 * change to that child too. Only the audit listens, so the type stays inside this package.
 *
 * @param item what the case's audit detail names after the words (an item's id, a linked child), or
 *     null
 * @param other the other child named or no longer named, or null
 */
record YoungPersonChanged(CaseId caseId, Change change, Object item, ChildId other)
    implements AuditedEvent {

  /** What changed, in the audit's words for the case and for another child named. */
  enum Change {
    PROFILE_SAVED("young person's profile saved", null),
    RELATIONSHIP_ADDED("relationship added", null),
    CHILD_LINKED("child linked: ", null),
    PERSON_OF_CONCERN_NAMED(
        "person of concern named ", "named as a person of concern in another child's case"),
    RELATIONSHIP_REMOVED(
        Removable.RELATIONSHIP.path() + " removed ", "no longer linked from another child's case"),
    LINKED_CHILD_REMOVED(
        Removable.LINKED_CHILD.path() + " removed ", "no longer linked from another child's case"),
    PERSON_OF_CONCERN_REMOVED(
        Removable.PERSON_OF_CONCERN.path() + " removed ",
        "no longer named as a person of concern in another child's case");

    private final String words;
    private final String otherWords;

    Change(String words, String otherWords) {
      this.words = words;
      this.otherWords = otherWords;
    }

    static Change removed(Removable kind) {
      return switch (kind) {
        case RELATIONSHIP -> RELATIONSHIP_REMOVED;
        case LINKED_CHILD -> LINKED_CHILD_REMOVED;
        case PERSON_OF_CONCERN -> PERSON_OF_CONCERN_REMOVED;
      };
    }
  }

  YoungPersonChanged {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(change, "change");
  }

  @Override
  public List<Audited> audited() {
    List<Audited> records = new ArrayList<>();
    records.add(
        Audited.succeeded(AuditAction.CHANGE, Cases.RECORD_TYPE, caseId)
            .withDetail(change.words + (item == null ? "" : item)));
    if (other != null && change.otherWords != null) {
      records.add(
          Audited.succeeded(AuditAction.CHANGE, AccessPolicy.CHILD, other)
              .withDetail(change.otherWords));
    }
    return List.copyOf(records);
  }
}
