package uk.harbour.cases.voice;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.Cases;

/**
 * A practitioner recorded the young person's words on their case, in the transaction that saved
 * them. Audited as a change to the case. Only the audit listens (the chronology hears a {@code
 * CaseActivity}), so the type stays inside this package.
 */
record VoiceEntryAdded(CaseId caseId, UUID entryId) implements AuditedEvent {

  VoiceEntryAdded {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(entryId, "entryId");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(AuditAction.CHANGE, Cases.RECORD_TYPE, caseId)
            .withDetail("voice entry added " + entryId));
  }
}
