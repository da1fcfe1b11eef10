package uk.harbour.cases.chronology;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.Cases;
import uk.harbour.shared.RecordIds;
import uk.harbour.shared.RecordNotFoundException;

/**
 * Entries of one case: one found by its id only if it is on that case (an id from another case,
 * tampered into a form or a path, is refused as not found and the refusal audited against the case
 * asked for), and listed entries with their earlier wordings and notes, read only for those that
 * have any. Callers have already checked the user may see the case.
 */
@Component
class Entries {

  private final ChronologyRepository repository;
  private final AmendmentRepository amendments;
  private final ApplicationEventPublisher events;

  Entries(
      ChronologyRepository repository,
      AmendmentRepository amendments,
      ApplicationEventPublisher events) {
    this.repository = repository;
    this.amendments = amendments;
    this.events = events;
  }

  /** An entry id from a path; anything but an id is not found. */
  static UUID parse(String raw) {
    return RecordIds.parse(raw, Cases.RECORD_TYPE);
  }

  /** The entry with its earlier wordings and notes, if it is on this case; otherwise a 404. */
  ChronologyEntry onCase(CaseId caseId, UUID entryId) {
    return repository
        .find(caseId, entryId)
        .map(e -> withDetails(List.of(e)).get(0))
        .orElseThrow(() -> refused(caseId, entryId, "is not on this case"));
  }

  /** Audits the refusal of something asked of an entry and returns the 404 to throw. */
  RecordNotFoundException refused(CaseId caseId, UUID entryId, String why) {
    events.publishEvent(
        Audited.denied(AuditAction.ACCESS_DENIED, Cases.RECORD_TYPE, caseId)
            .withDetail("chronology entry " + entryId + " " + why));
    return new RecordNotFoundException(Cases.RECORD_TYPE);
  }

  /** The entries of a page, with the earlier wordings and notes read with them. */
  static List<ChronologyEntry> withDetails(ChronologyRepository.Counted page) {
    return page.entries().stream()
        .map(
            e ->
                e.hasDetails()
                    ? e.withDetails(
                        page.earlier().getOrDefault(e.id(), List.of()),
                        page.notes().getOrDefault(e.id(), List.of()))
                    : e)
        .toList();
  }

  /** The entries, those with corrections, a withdrawal or notes with them added (one read each). */
  List<ChronologyEntry> withDetails(List<ChronologyEntry> entries) {
    List<UUID> changed =
        entries.stream()
            .filter(e -> e.change().status() != EntryStatus.CURRENT)
            .map(ChronologyEntry::id)
            .toList();
    List<UUID> noted =
        entries.stream().filter(ChronologyEntry::hasNotes).map(ChronologyEntry::id).toList();
    if (changed.isEmpty() && noted.isEmpty()) {
      return entries;
    }
    Map<UUID, List<EarlierVersion>> earlier = amendments.earlier(changed);
    Map<UUID, List<EntryNote>> notes = amendments.notes(noted);
    return entries.stream()
        .map(
            e ->
                e.hasDetails()
                    ? e.withDetails(
                        earlier.getOrDefault(e.id(), List.of()),
                        notes.getOrDefault(e.id(), List.of()))
                    : e)
        .toList();
  }
}
