package uk.harbour.cases;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordChildren;

/**
 * Tells the audit trail which child a case is about, so that every event recorded against a case
 * (its pages, chronology, voice, assessment, plan and their exports) is in that child's "who has
 * seen this record".
 */
@Component
class CaseChildren implements RecordChildren {

  private final JdbcClient jdbc;

  CaseChildren(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<ChildId> childOf(String recordType, String recordId) {
    if (!Cases.RECORD_TYPE.equals(recordType)) {
      return Optional.empty();
    }
    return RecordChildren.idOf(recordId)
        .flatMap(
            id ->
                jdbc.sql("SELECT child_id FROM cases WHERE id = ?")
                    .param(id)
                    .query((rs, n) -> new ChildId(rs.getObject(1, UUID.class)))
                    .optional());
  }
}
