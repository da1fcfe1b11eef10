package uk.harbour.intake;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.harbour.audit.RecordChildren;
import uk.harbour.shared.ChildId;

/**
 * Tells the audit trail which child a concern is about once it is linked to one, so that views,
 * screening and changes of the concern are in that child's "who has seen this record".
 */
@Component
class ConcernChildren implements RecordChildren {

  private final ConcernRepository concerns;

  ConcernChildren(ConcernRepository concerns) {
    this.concerns = concerns;
  }

  @Override
  public Optional<ChildId> childOf(String recordType, String recordId) {
    if (!ConcernAccess.RECORD_TYPE.equals(recordType)) {
      return Optional.empty();
    }
    return RecordChildren.idOf(recordId).flatMap(concerns::childOf);
  }
}
