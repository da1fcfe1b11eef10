package uk.harbour.cases;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
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
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  View view(CaseId id) {
    CaseSummary summary = cases.requireCase(id, AuditAction.VIEW);
    View view =
        new View(
            repository.find(id).orElseThrow(),
            summary.concernReferences(),
            repository.allocations(id));
    // published last, so the audit chain's lock is held only until this transaction commits
    events.publishEvent(Audited.succeeded(AuditAction.VIEW, Cases.RECORD_TYPE, id));
    return view;
  }

  /** A case with its concerns and key worker history. */
  record View(CaseRecord record, List<String> concerns, List<Allocation> allocations) {}
}
