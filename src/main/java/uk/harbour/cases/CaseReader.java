package uk.harbour.cases;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.shared.AuditAction;
import uk.harbour.shared.Audited;
import uk.harbour.shared.RecordNotFoundException;

/** Reads a case for its home page, checking the access policy and auditing the view. */
@Service
class CaseReader {

  private final Cases cases;
  private final CaseRepository repository;
  private final ApplicationEventPublisher events;

  CaseReader(Cases cases, CaseRepository repository, ApplicationEventPublisher events) {
    this.cases = cases;
    this.repository = repository;
    this.events = events;
  }

  /** The case as it is now, with its concerns; the view is audited, a refusal too. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  View view(CaseId id) {
    CaseSummary summary = cases.requireCase(id, AuditAction.VIEW);
    events.publishEvent(Audited.succeeded(AuditAction.VIEW, Cases.RECORD_TYPE, id));
    return new View(
        repository.find(id).orElseThrow(),
        summary.concernReferences(),
        repository.allocations(id),
        cases.mayChange(summary));
  }

  /**
   * A case with its concerns and key worker history.
   *
   * @param mayChange whether the user may change the case, not only read it
   */
  record View(
      CaseRecord record, List<String> concerns, List<Allocation> allocations, boolean mayChange) {}
}
