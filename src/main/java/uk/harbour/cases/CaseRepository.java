package uk.harbour.cases;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.ChildId;

/** The cases table and the key worker history. Status changes check the version opened. */
@Repository
class CaseRepository {

  private static final String COLUMNS =
      "id, child_id, status, opened_at, opened_by_name, status_changed_at, status_reason,"
          + " closed_at, follow_up_on, reopened_at, key_worker_id, key_worker_name,"
          + " key_worker_since, re_referral_after, version, updated_at, updated_by_name";

  private final JdbcClient jdbc;

  CaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<CaseRecord> find(CaseId id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM cases WHERE id = ?")
        .param(id.value())
        .query((rs, n) -> map(rs))
        .optional();
  }

  /** The child's case that is not closed (open or stepped down), if any. */
  Optional<CaseRecord> activeFor(ChildId child) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM cases WHERE child_id = ? AND status <> 'CLOSED'")
        .param(child.value())
        .query((rs, n) -> map(rs))
        .optional();
  }

  /** The child's most recent case of any status, if any. */
  Optional<CaseRecord> latestFor(ChildId child) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM cases WHERE child_id = ? ORDER BY (status <> 'CLOSED') DESC,"
                + " opened_at DESC LIMIT 1")
        .param(child.value())
        .query((rs, n) -> map(rs))
        .optional();
  }

  /** When the child's most recent case closed, if after {@code since}. */
  Optional<Instant> closedSince(ChildId child, Instant since) {
    return jdbc.sql(
            "SELECT max(closed_at) FROM cases WHERE child_id = ? AND status = 'CLOSED'"
                + " AND closed_at > ?")
        .params(child.value(), Timestamp.from(since))
        .query((rs, n) -> instant(rs, 1))
        .optional();
  }

  void flagReReferral(CaseId id, Instant previousClosure) {
    jdbc.sql("UPDATE cases SET re_referral_after = ? WHERE id = ?")
        .params(Timestamp.from(previousClosure), id.value())
        .update();
  }

  /**
   * Changes the status if the case is still at the version the user opened.
   *
   * @return whether it was saved
   */
  boolean changeStatus(
      CaseId id,
      int openedVersion,
      CaseStatus status,
      String reason,
      LocalDate followUpOn,
      Instant now,
      String byName) {
    Timestamp at = Timestamp.from(now);
    boolean closing = status == CaseStatus.CLOSED;
    return jdbc.sql(
                """
                UPDATE cases SET reopened_at = CASE WHEN status = 'CLOSED' AND NOT ?
                                                    THEN ?::timestamptz ELSE reopened_at END,
                       status = ?, status_reason = ?, status_changed_at = ?,
                       closed_at = ?::timestamptz, follow_up_on = ?::date,
                       updated_at = ?, updated_by_name = ?, version = version + 1
                 WHERE id = ? AND version = ?
                """)
            .params(
                closing,
                at,
                status.name(),
                reason,
                at,
                closing ? at : null,
                followUpOn == null ? null : Date.valueOf(followUpOn),
                at,
                byName,
                id.value(),
                openedVersion)
            .update()
        == 1;
  }

  /**
   * Makes {@code keyWorker} the key worker if the case is still at the version opened, ending the
   * previous allocation.
   *
   * @return whether it was saved
   */
  boolean allocate(
      CaseId id,
      int openedVersion,
      UUID keyWorker,
      String keyWorkerName,
      String reason,
      Instant now,
      String byName) {
    int updated =
        jdbc.sql(
                """
                UPDATE cases SET key_worker_id = ?, key_worker_name = ?, key_worker_since = ?,
                       updated_at = ?, updated_by_name = ?, version = version + 1
                 WHERE id = ? AND version = ?
                """)
            .params(
                keyWorker,
                keyWorkerName,
                Timestamp.from(now),
                Timestamp.from(now),
                byName,
                id.value(),
                openedVersion)
            .update();
    if (updated == 0) {
      return false;
    }
    jdbc.sql("UPDATE case_allocation SET ended_at = ? WHERE case_id = ? AND ended_at IS NULL")
        .params(Timestamp.from(now), id.value())
        .update();
    jdbc.sql(
            """
            INSERT INTO case_allocation (id, case_id, key_worker_id, key_worker_name,
                                         allocated_at, reason, allocated_by_name)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            UUID.randomUUID(),
            id.value(),
            keyWorker,
            keyWorkerName,
            Timestamp.from(now),
            reason,
            byName)
        .update();
    return true;
  }

  /** Every key worker the case has had, most recent first. */
  List<Allocation> allocations(CaseId id) {
    return jdbc.sql(
            "SELECT key_worker_name, allocated_at, ended_at, reason, allocated_by_name"
                + " FROM case_allocation WHERE case_id = ? ORDER BY allocated_at DESC")
        .param(id.value())
        .query(
            (rs, n) ->
                new Allocation(
                    rs.getString(1),
                    instant(rs, 2),
                    instant(rs, 3),
                    rs.getString(4),
                    rs.getString(5)))
        .list();
  }

  static CaseRecord map(ResultSet rs) throws SQLException {
    Date followUp = rs.getDate("follow_up_on");
    return new CaseRecord(
        new CaseId(rs.getObject("id", UUID.class)),
        new ChildId(rs.getObject("child_id", UUID.class)),
        CaseStatus.valueOf(rs.getString("status")),
        instant(rs, "opened_at"),
        rs.getString("opened_by_name"),
        instant(rs, "status_changed_at"),
        rs.getString("status_reason"),
        instant(rs, "closed_at"),
        followUp == null ? null : followUp.toLocalDate(),
        instant(rs, "reopened_at"),
        rs.getObject("key_worker_id", UUID.class),
        rs.getString("key_worker_name"),
        instant(rs, "key_worker_since"),
        instant(rs, "re_referral_after"),
        rs.getInt("version"),
        instant(rs, "updated_at"),
        rs.getString("updated_by_name"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
