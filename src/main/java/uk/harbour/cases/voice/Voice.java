package uk.harbour.cases.voice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.cases.CaseActivity;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.CaseSummary;
import uk.harbour.cases.Cases;
import uk.harbour.cases.ItemWrite;
import uk.harbour.shared.RecordNotFoundException;

/**
 * The young person's voice on their case: their words, their view of their own safety and their
 * wishes about who knows what. Reads and changes are audited; each new entry goes in the
 * chronology.
 */
@Service
class Voice {

  private final VoiceRepository repository;
  private final Cases cases;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Voice(
      VoiceRepository repository,
      Cases cases,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.cases = cases;
    this.currentUser = currentUser;
    this.events = events;
    this.clock = clock;
  }

  /** The case, if the user may see it (for a form page); a refusal is audited. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  CaseSummary caseFor(CaseId caseId) {
    return cases.requireCase(caseId, AuditAction.VIEW);
  }

  /** The case and its voice entries, newest first; the view is audited. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  Listing list(CaseId caseId) {
    CaseSummary summary = cases.requireCase(caseId, AuditAction.VIEW);
    List<VoiceEntry> entries = repository.list(caseId);
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, Cases.RECORD_TYPE, caseId)
            .withDetail("voice, entries " + entries.size()));
    return new Listing(summary, entries);
  }

  /**
   * Records an entry. The form's id makes a double submission record it once; an id of another
   * case's entry is refused as not found, audited. The chronology has it on the day they said it
   * (when it was recorded is kept too, and shown).
   *
   * @return whether it was added now
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  boolean add(CaseId caseId, UUID id, VoiceForm form) {
    cases.requireCaseToChange(caseId);
    HarbourUser user = currentUser.require();
    Instant now = clock.instant();
    ItemWrite write =
        cases.require(
            repository.insert(id, caseId, form, now, user.id().value(), user.displayName()),
            caseId,
            "voice entry",
            id);
    if (write.done()) {
      events.publishEvent(new VoiceEntryAdded(caseId, id));
      events.publishEvent(
          CaseActivity.onDate(
              caseId,
              CaseActivity.Kind.VOICE,
              "The young person's words, gathered by " + form.getGatheredBy(),
              form.saidOn(),
              "/cases/" + caseId + "/voice"));
    }
    return write.done();
  }

  /** A case and its voice entries. */
  record Listing(CaseSummary theCase, List<VoiceEntry> entries) {

    /** Entries where they gave a view of their own safety, oldest first: how it changed. */
    public List<VoiceEntry> safetyOverTime() {
      List<VoiceEntry> views =
          new java.util.ArrayList<>(entries.stream().filter(VoiceEntry::hasSafetyView).toList());
      java.util.Collections.reverse(views);
      return views;
    }
  }
}
