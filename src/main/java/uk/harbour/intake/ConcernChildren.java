package uk.harbour.intake;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordChildren;

/**
 * Tells the audit trail which child a concern is about once it is linked to one, so that views,
 * screening and changes of the concern are in that child's "who has seen this record".
 */
@Component
class ConcernChildren implements RecordChildren {

  private final JdbcClient jdbc;

  ConcernChildren(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<ChildId> childOf(String recordType, String recordId) {
    if (!ConcernAccess.RECORD_TYPE.equals(recordType)) {
      return Optional.empty();
    }
    return RecordChildren.idOf(recordId)
        .flatMap(
            id ->
                jdbc.sql("SELECT child_id FROM concern WHERE id = ? AND child_id IS NOT NULL")
                    .param(id)
                    .query((rs, n) -> new ChildId(rs.getObject(1, UUID.class)))
                    .optional());
  }
}
