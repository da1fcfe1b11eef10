package uk.harbour.cases;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.shared.RecordNotFoundException;

/** Reads a case for its home page, checking the access policy and auditing the view. */
@Service
class CaseReader {

  private final Cases cases;
  private final Children children;
  private final ApplicationEventPublisher events;

  CaseReader(Cases cases, Children children, ApplicationEventPublisher events) {
    this.cases = cases;
    this.children = children;
    this.events = events;
  }

  /**
   * The case as it is now, with its concerns, and the child's record, audited as one view of the
   * case (a refusal too), which the audit trail indexes under the child.
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  View view(CaseId id) {
    Cases.Read read = cases.requireCaseHome(id);
    ChildRecord child = children.viewWithin(read.record().child());
    events.publishEvent(Audited.succeeded(AuditAction.VIEW, Cases.RECORD_TYPE, id));
    return new View(
        read.record(),
        read.concerns(),
        read.allocations(),
        cases.mayChange(read.summary()),
        child,
        read.repeatMissing());
  }

  /**
   * A case with its concerns and key worker history, and the child's record.
   *
   * @param mayChange whether the user may change the case, not only read it
   * @param repeatMissing requests for a strategy discussion after repeated missing episodes
   */
  record View(
      CaseRecord record,
      List<String> concerns,
      List<Allocation> allocations,
      boolean mayChange,
      ChildRecord child,
      List<RepeatMissingPrompt> repeatMissing) {

    /** The requests still waiting for someone to record what became of them. */
    public List<RepeatMissingPrompt> repeatMissingWaiting() {
      return repeatMissing.stream().filter(RepeatMissingPrompt::waiting).toList();
    }
  }
}
