package uk.harbour.cases.chronology;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.Cases;

/**
 * A practitioner added, corrected, withdrew or noted an entry in a case's chronology, or recorded
 * the young person's view on it, in the transaction that did it. Audited as a change to the case.
 */
public record ChronologyEntryChanged(CaseId caseId, UUID entryId, Change change)
    implements AuditedEvent {

  /** What was done to the entry, with the audit's words for it. */
  public enum Change {
    ADDED("chronology entry added "),
    YOUNG_PERSONS_VIEW("young person's view on chronology entry "),
    CORRECTED("chronology entry corrected "),
    WITHDRAWN("chronology entry withdrawn "),
    NOTE_ADDED("note added to chronology entry ");

    private final String words;

    Change(String words) {
      this.words = words;
    }
  }

  public ChronologyEntryChanged {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(change, "change");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(AuditAction.CHANGE, Cases.RECORD_TYPE, caseId)
            .withDetail(change.words + entryId));
  }
}
