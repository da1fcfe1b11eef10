package uk.harbour.accesscontrol;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/**
 * The uses of break-glass behind {@link BreakGlass}. A grant's start and end are the database's
 * time, as {@code visible_child_ids} compares them with {@code now()}.
 */
@Repository
class BreakGlassRepository {

  private static final String SELECT =
      """
      SELECT b.*, u.display_name AS user_name, a.name AS agency_name, r.display_name AS reviewer_name
        FROM break_glass b
        JOIN app_user u ON u.id = b.user_id
        JOIN agency a ON a.id = u.agency_id
        LEFT JOIN app_user r ON r.id = b.reviewed_by
      """;

  private final JdbcClient jdbc;

  BreakGlassRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts a grant starting now by the database's clock; returns when it started. */
  Instant insert(
      UUID id,
      UserId user,
      ChildId child,
      @Nullable String childReference,
      String reason,
      Duration duration) {
    return jdbc.sql(
            "INSERT INTO break_glass (id, user_id, child_id, child_reference, reason,"
                + " granted_at, expires_at) VALUES (?, ?, ?, ?, ?, now(),"
                + " now() + make_interval(secs => ?)) RETURNING granted_at")
        .params(id, user.value(), child.value(), childReference, reason, duration.toSeconds())
        .query((rs, n) -> rs.getTimestamp(1).toInstant())
        .single();
  }

  /** When the user's latest unexpired grant for the child ends, by the database's clock. */
  Optional<Instant> activeUntil(UserId user, ChildId child) {
    return jdbc.sql(
            "SELECT max(expires_at) FROM break_glass WHERE user_id = ? AND child_id = ?"
                + " AND expires_at > now()")
        .params(user.value(), child.value())
        .query((rs, n) -> rs.getTimestamp(1))
        .optional()
        .map(Timestamp::toInstant);
  }

  List<BreakGlassGrant> awaitingReview() {
    return jdbc.sql(SELECT + " WHERE b.reviewed_at IS NULL ORDER BY b.granted_at")
        .query(BreakGlassRepository::grant)
        .list();
  }

  List<BreakGlassGrant> recentlyReviewed(int limit) {
    return jdbc.sql(SELECT + " WHERE b.reviewed_at IS NOT NULL ORDER BY b.reviewed_at DESC LIMIT ?")
        .param(limit)
        .query(BreakGlassRepository::grant)
        .list();
  }

  Optional<BreakGlassGrant> find(UUID id) {
    return jdbc.sql(SELECT + " WHERE b.id = ?")
        .param(id)
        .query(BreakGlassRepository::grant)
        .optional();
  }

  /** Records a review if the grant is still at this version; false if it was not. */
  boolean review(
      UUID id,
      int version,
      UserId reviewer,
      Instant at,
      BreakGlassReviewOutcome outcome,
      String note) {
    return jdbc.sql(
                "UPDATE break_glass SET reviewed_by = ?, reviewed_at = ?, review_outcome = ?,"
                    + " review_note = ?, version = version + 1 WHERE id = ? AND version = ?")
            .params(reviewer.value(), Timestamp.from(at), outcome.name(), note, id, version)
            .update()
        > 0;
  }

  private static BreakGlassGrant grant(ResultSet rs, int row) throws SQLException {
    Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
    String outcome = rs.getString("review_outcome");
    return new BreakGlassGrant(
        rs.getObject("id", UUID.class),
        new UserId(rs.getObject("user_id", UUID.class)),
        rs.getString("user_name"),
        rs.getString("agency_name"),
        new ChildId(rs.getObject("child_id", UUID.class)),
        rs.getString("child_reference"),
        rs.getString("reason"),
        rs.getTimestamp("granted_at").toInstant(),
        rs.getTimestamp("expires_at").toInstant(),
        reviewedAt == null ? null : reviewedAt.toInstant(),
        rs.getString("reviewer_name"),
        outcome == null ? null : BreakGlassReviewOutcome.valueOf(outcome),
        rs.getString("review_note"),
        rs.getInt("version"));
  }
}
