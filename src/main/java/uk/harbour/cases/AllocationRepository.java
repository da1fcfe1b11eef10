package uk.harbour.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.shared.BatchedReads;
import uk.harbour.shared.ChildId;

/**
 * A case's key workers over time (case_allocation): a history only. Who the key worker is now is
 * the team's answer (the {@value Teams#KEY_WORKER_VIEW} view).
 */
@Repository
class AllocationRepository {

  /** The child's key worker now, as the team around the child holds it. */
  record KeyWorker(UUID id, String name) {}

  /** The allocation that has not ended: who the history says holds the case now. */
  record Current(UUID keyWorkerId, String keyWorkerName) {}

  private final JdbcClient jdbc;

  AllocationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<KeyWorker> keyWorkerOf(ChildId child) {
    return jdbc.sql(
            "SELECT user_id, display_name FROM " + Teams.KEY_WORKER_VIEW + " WHERE child_id = ?")
        .param(child.value())
        .query((rs, n) -> new KeyWorker(rs.getObject(1, UUID.class), rs.getString(2)))
        .optional();
  }

  Optional<Current> current(CaseId id) {
    return jdbc.sql(
            "SELECT key_worker_id, key_worker_name FROM case_allocation"
                + " WHERE case_id = ? AND ended_at IS NULL ORDER BY allocated_at DESC LIMIT 1")
        .param(id.value())
        .query((rs, n) -> new Current(rs.getObject(1, UUID.class), rs.getString(2)))
        .optional();
  }

  /** Ends the current allocation, if any. */
  void end(CaseId id, Instant now) {
    jdbc.sql("UPDATE case_allocation SET ended_at = ? WHERE case_id = ? AND ended_at IS NULL")
        .params(Timestamp.from(now), id.value())
        .update();
  }

  void start(CaseId id, KeyWorker worker, String reason, Instant now, String byName) {
    jdbc.sql(
            """
            INSERT INTO case_allocation (id, case_id, key_worker_id, key_worker_name,
                                         allocated_at, reason, allocated_by_name)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            UUID.randomUUID(),
            id.value(),
            worker.id(),
            worker.name(),
            Timestamp.from(now),
            reason,
            byName)
        .update();
  }

  /** Every key worker the case has had, most recent first. */
  private static final String ALLOCATIONS =
      "SELECT key_worker_name, allocated_at, ended_at, reason, allocated_by_name"
          + " FROM case_allocation WHERE case_id = ? ORDER BY allocated_at DESC";

  List<Allocation> allocations(CaseId id) {
    return jdbc.sql(ALLOCATIONS).param(id.value()).query(AllocationRepository::allocation).list();
  }

  /** The same, read with other queries in one round trip. */
  BatchedReads.Result<Allocation> allocations(BatchedReads reads, CaseId id) {
    return reads.add(ALLOCATIONS, List.of(id.value()), AllocationRepository::allocation);
  }

  private static Allocation allocation(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Allocation(
        rs.getString(1),
        CaseRepository.instant(rs, 2),
        CaseRepository.instant(rs, 3),
        rs.getString(4),
        rs.getString(5));
  }
}
