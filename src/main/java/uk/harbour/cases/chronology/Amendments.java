package uk.harbour.cases.chronology;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.CaseSummary;
import uk.harbour.cases.Cases;
import uk.harbour.cases.chronology.AmendmentRepository.Correction;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;

/**
 * Putting the record straight without losing anything: an entry the team wrote can be corrected
 * (new wording, date, significance or source, with a reason) or withdrawn (it stays, struck
 * through, with the reason); any entry, automatic ones included, can take a note. The database
 * keeps every earlier state (chronology_entry_history) and nothing is deleted. Each change checks
 * the version the user opened (a stale save is a "this record changed" page), is audited against
 * the case, and is refused as not found, audited, for an entry that is not on the case or cannot be
 * changed that way.
 */
@Service
class Amendments {

  private final AmendmentRepository repository;
  private final Entries entries;
  private final Cases cases;
  private final Children children;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Amendments(
      AmendmentRepository repository,
      Entries entries,
      Cases cases,
      Children children,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.entries = entries;
    this.cases = cases;
    this.children = children;
    this.currentUser = currentUser;
    this.events = events;
    this.clock = clock;
  }

  /** An entry to correct, withdraw or add a note to, and the child's record for its page. */
  record Amending(ChronologyEntry entry, ChildRecord child) {}

  /**
   * The entry, for the page that corrects or withdraws it ({@code correcting}: only an entry the
   * team wrote that is not withdrawn) or adds a note to it (any entry). The view is audited; an
   * entry that is not on the case, or cannot be changed that way, is a 404 (audited).
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  Amending open(CaseId caseId, UUID entryId, boolean correcting) {
    Amending amending = current(caseId, entryId, correcting);
    if (correcting && amending.entry().change().withdrawn()) {
      throw entries.refused(caseId, entryId, "cannot be corrected or withdrawn");
    }
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, Cases.RECORD_TYPE, caseId)
            .withDetail("chronology entry " + entryId));
    return amending;
  }

  /**
   * The entry for a submitted form ({@code written}: a correction or withdrawal, so only an entry
   * the team wrote). Refusals are audited; the form's own change is the event of an allowed one.
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  Amending current(CaseId caseId, UUID entryId, boolean written) {
    CaseSummary kase = cases.requireCase(caseId, AuditAction.VIEW);
    ChronologyEntry entry = entries.onCase(caseId, entryId);
    if (written) {
      written(caseId, entry);
    }
    return new Amending(entry, children.viewWithin(kase.child()));
  }

  /**
   * Whether this correction is one this user already saved (a form submitted twice): the entry
   * changed since the form was opened, by this user, to exactly this.
   */
  boolean alreadySaved(ChronologyEntry current, int openedVersion, Correction correction) {
    EntryChange change = current.change();
    return openedVersion != current.version()
        && change.corrected()
        && currentUser.require().id().value().equals(change.by())
        && Objects.equals(correction.reason(), change.reason())
        && Objects.equals(correction.summary(), current.summary())
        && Objects.equals(correction.occurredOn(), current.occurredOn())
        && correction.significance() == current.significance()
        && Objects.equals(correction.source(), current.source());
  }

  /**
   * Corrects an entry the team wrote, if nobody changed it since the user opened it (the same
   * correction submitted twice is saved once).
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  void correct(CaseId caseId, UUID entryId, int openedVersion, Correction correction) {
    cases.requireCaseToChange(caseId);
    written(caseId, entries.onCase(caseId, entryId));
    HarbourUser user = currentUser.require();
    Instant now = clock.instant();
    if (!repository.correct(
        caseId, entryId, openedVersion, correction, now, user.id().value(), user.displayName())) {
      ChronologyEntry current = entries.onCase(caseId, entryId);
      if (alreadySaved(current, openedVersion, correction)) {
        return;
      }
      throw stale(current);
    }
    events.publishEvent(
        new ChronologyEntryChanged(caseId, entryId, ChronologyEntryChanged.Change.CORRECTED));
  }

  /**
   * Withdraws an entry the team wrote, if nobody changed it since the user opened it (withdrawing
   * twice is saved once).
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  void withdraw(CaseId caseId, UUID entryId, int openedVersion, String reason) {
    cases.requireCaseToChange(caseId);
    ChronologyEntry entry = entries.onCase(caseId, entryId);
    HarbourUser user = currentUser.require();
    written(caseId, entry);
    if (entry.change().withdrawn()
        && user.id().value().equals(entry.change().by())
        && Objects.equals(reason, entry.change().reason())) {
      return;
    }
    if (!repository.withdraw(
        caseId,
        entryId,
        openedVersion,
        reason,
        clock.instant(),
        user.id().value(),
        user.displayName())) {
      throw stale(entries.onCase(caseId, entryId));
    }
    events.publishEvent(
        new ChronologyEntryChanged(caseId, entryId, ChronologyEntryChanged.Change.WITHDRAWN));
  }

  /**
   * Adds a note to any entry of the case. The form's id makes a double submission add it once; an
   * id already used for another note is refused as not found (audited).
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  void addNote(CaseId caseId, UUID entryId, UUID noteId, String text) {
    cases.requireCaseToChange(caseId);
    entries.onCase(caseId, entryId);
    HarbourUser user = currentUser.require();
    if (repository.addNote(
        caseId, noteId, entryId, text, clock.instant(), user.id().value(), user.displayName())) {
      events.publishEvent(
          new ChronologyEntryChanged(caseId, entryId, ChronologyEntryChanged.Change.NOTE_ADDED));
      return;
    }
    boolean submittedTwice =
        repository
            .note(noteId)
            .filter(n -> n.entryId().equals(entryId))
            .filter(n -> n.recordedBy().equals(user.id().value()))
            .isPresent();
    if (!submittedTwice) {
      throw entries.refused(caseId, entryId, "note id " + noteId + " is already used");
    }
  }

  /** Refuses (404, audited) to correct or withdraw an automatic entry. */
  private void written(CaseId caseId, ChronologyEntry entry) {
    if (entry.automatic()) {
      throw entries.refused(caseId, entry.id(), "cannot be corrected or withdrawn");
    }
  }

  private static StaleRecordException stale(ChronologyEntry current) {
    return current.change().at() != null
        ? new StaleRecordException(current.change().byName(), current.change().at())
        : new StaleRecordException(current.recordedByName(), current.recordedAt());
  }
}
