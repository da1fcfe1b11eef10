package uk.harbour.cases;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.shared.BatchedReads;
import uk.harbour.shared.ChildId;

/**
 * The cases table. Status changes check the version opened. A case's key worker is not stored here:
 * it is the key worker in the child's team around the child (the {@value Teams#KEY_WORKER_VIEW}
 * view), read with the case so the two can never disagree.
 */
@Repository
class CaseRepository {

  private static final String SELECTED =
      "c.id, c.child_id, c.status, c.opened_at, c.opened_by_name, c.status_changed_at,"
          + " c.status_reason, c.closed_at, c.follow_up_on, c.reopened_at,"
          + " k.user_id AS key_worker_id, k.display_name AS key_worker_name,"
          + " k.since AS key_worker_since, c.re_referral_after, c.version, c.updated_at,"
          + " c.updated_by_name";

  private static final String FROM =
      " FROM cases c LEFT JOIN " + Teams.KEY_WORKER_VIEW + " k ON k.child_id = c.child_id";

  private static final String COLUMNS = SELECTED + FROM;

  private final JdbcClient jdbc;
  private final JdbcOperations jdbcOperations;

  CaseRepository(JdbcClient jdbc, JdbcOperations jdbcOperations) {
    this.jdbc = jdbc;
    this.jdbcOperations = jdbcOperations;
  }

  /** A new batch of reads: queries of several repositories sent to the database at once. */
  BatchedReads batch() {
    return new BatchedReads(jdbcOperations);
  }

  /**
   * Opens a case for the child unless they have one that is not closed (two referrals racing for
   * one child open one case between them).
   *
   * @return whether a case was opened
   */
  boolean openUnlessActive(
      UUID candidate, ChildId child, Instant now, @Nullable UUID byId, String byName) {
    return jdbc.sql(
                """
                INSERT INTO cases (id, child_id, status, opened_at, opened_by, opened_by_name)
                VALUES (?, ?, 'OPEN', ?, ?, ?)
                ON CONFLICT (child_id) WHERE status <> 'CLOSED' DO NOTHING
                """)
            .params(candidate, child.value(), Timestamp.from(now), byId, byName)
            .update()
        == 1;
  }

  /** The child's open case (not stepped down or closed), if any, without its key worker. */
  Optional<OpenCase> openFor(ChildId child) {
    return jdbc.sql(
            "SELECT id, child_id, status, opened_at, opened_by_name FROM cases"
                + " WHERE child_id = ? AND status = 'OPEN'")
        .param(child.value())
        .query(
            (rs, n) ->
                new OpenCase(
                    new CaseId(rs.getObject("id", UUID.class)),
                    CaseStatus.valueOf(rs.getString("status")),
                    rs.getTimestamp("opened_at").toInstant(),
                    rs.getString("opened_by_name")))
        .optional();
  }

  /** An open case as {@link #openFor} reads it. */
  record OpenCase(CaseId id, CaseStatus status, Instant openedAt, String openedByName) {}

  /** The id of the child's open case, if any. */
  Optional<CaseId> openIdFor(ChildId child) {
    return jdbc.sql("SELECT id FROM cases WHERE child_id = ? AND status = 'OPEN'")
        .param(child.value())
        .query(UUID.class)
        .optional()
        .map(CaseId::new);
  }

  /** The child a case is about, if the case exists. */
  Optional<ChildId> childOf(UUID caseId) {
    return jdbc.sql("SELECT child_id FROM cases WHERE id = ?")
        .param(caseId)
        .query((rs, n) -> new ChildId(rs.getObject(1, UUID.class)))
        .optional();
  }

  Optional<CaseRecord> find(CaseId id) {
    return jdbc.sql("SELECT " + COLUMNS + " WHERE c.id = ?")
        .param(id.value())
        .query((rs, n) -> map(rs))
        .optional();
  }

  /**
   * The case, read with other queries in one round trip, with (in the same row) what the signed-in
   * user may do with its child, which the access policy then remembers for the request.
   */
  BatchedReads.Result<CaseRecord> findWithAccess(
      BatchedReads reads, CaseId id, AccessPolicy access) {
    return reads.add(
        "SELECT "
            + SELECTED
            + ", "
            + access.decisionColumns("c.child_id")
            + FROM
            + " WHERE c.id = :id",
        Map.of("id", id.value(), AccessPolicy.VIEWER_PARAM, access.viewerId()),
        (rs, n) -> {
          CaseRecord found = map(rs);
          access.decided(found.child(), rs);
          return found;
        });
  }

  /** The child's case that is not closed (open or stepped down), if any. */
  Optional<CaseRecord> activeFor(ChildId child) {
    return jdbc.sql("SELECT " + COLUMNS + " WHERE c.child_id = ? AND c.status <> 'CLOSED'")
        .param(child.value())
        .query((rs, n) -> map(rs))
        .optional();
  }

  /** The child's most recent case of any status, if any. */
  Optional<CaseRecord> latestFor(ChildId child) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " WHERE c.child_id = ? ORDER BY (c.status <> 'CLOSED') DESC,"
                + " c.opened_at DESC LIMIT 1")
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
   * Marks the case changed by someone (a new key worker, for instance), so that a form opened
   * before it sees the change.
   */
  void touch(CaseId id, Instant now, String byName) {
    jdbc.sql(
            "UPDATE cases SET updated_at = ?, updated_by_name = ?, version = version + 1"
                + " WHERE id = ?")
        .params(Timestamp.from(now), byName, id.value())
        .update();
  }

  /**
   * Marks the case changed if it is still at the version the user opened.
   *
   * @return whether it was
   */
  boolean touch(CaseId id, int openedVersion, Instant now, String byName) {
    return jdbc.sql(
                "UPDATE cases SET updated_at = ?, updated_by_name = ?, version = version + 1"
                    + " WHERE id = ? AND version = ?")
            .params(Timestamp.from(now), byName, id.value(), openedVersion)
            .update()
        == 1;
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

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
