package uk.harbour.missing;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.UserId;

/** Return interviews, one per episode that ended with the child's return. */
@Repository
class ReturnInterviewRepository {

  static final String SELECT =
      """
      SELECT r.episode_id, r.due_at, r.offered_at, r.offered_by, r.interviewer,
             iu.display_name AS interviewer_name, r.child_chose_interviewer, r.outcome,
             r.held_on, r.not_held_reason, r.young_persons_words, r.account_summary,
             r.consent_to_share, r.shareable_words, r.intelligence_submitted, r.version
        FROM return_interview r
        LEFT JOIN app_user iu ON iu.id = r.interviewer
      """;

  private final JdbcClient jdbc;

  ReturnInterviewRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ReturnInterview> find(EpisodeId episode) {
    return jdbc.sql(SELECT + " WHERE r.episode_id = ?")
        .param(episode.value())
        .query(ReturnInterviewRepository::interview)
        .optional();
  }

  /** Makes the interview due by {@code dueAt}, or moves its due time if the return time changed. */
  void due(EpisodeId episode, Instant dueAt, Instant now) {
    jdbc.sql(
            """
            INSERT INTO return_interview (episode_id, due_at, version, updated_at)
            VALUES (?, ?, 1, ?)
            ON CONFLICT (episode_id) DO UPDATE SET due_at = EXCLUDED.due_at
            """)
        .params(episode.value(), Timestamp.from(dueAt), Timestamp.from(now))
        .update();
  }

  /** Removes the interview of an episode that is no longer a return (reopened). */
  void removeUnrecorded(EpisodeId episode) {
    jdbc.sql("DELETE FROM return_interview WHERE episode_id = ? AND outcome IS NULL")
        .param(episode.value())
        .update();
  }

  /** Saves what was recorded if the interview is still at {@code version}; false if not. */
  boolean update(ReturnInterview r, int version, UserId by, Instant now) {
    Map<String, @Nullable Object> p = new LinkedHashMap<>();
    p.put("offeredAt", r.offeredAt() == null ? null : Timestamp.from(r.offeredAt()));
    p.put("offeredBy", r.offeredBy() == null ? null : r.offeredBy().value());
    p.put("interviewer", r.interviewer() == null ? null : r.interviewer().value());
    p.put("chose", r.childChoseInterviewer());
    p.put("outcome", r.outcome() == null ? null : r.outcome().name());
    p.put("heldOn", r.heldOn() == null ? null : Date.valueOf(r.heldOn()));
    p.put("reason", r.notHeldReason());
    p.put("words", r.youngPersonsWords());
    p.put("summary", r.accountSummary());
    p.put("consent", r.consent() == null ? null : r.consent().name());
    p.put("shareable", r.shareableWords());
    return jdbc.sql(
                """
                UPDATE return_interview SET offered_at = :offeredAt, offered_by = :offeredBy,
                       interviewer = :interviewer, child_chose_interviewer = :chose,
                       outcome = :outcome, held_on = :heldOn, not_held_reason = :reason,
                       young_persons_words = :words, account_summary = :summary,
                       consent_to_share = :consent, shareable_words = :shareable,
                       version = version + 1, updated_at = :now, updated_by = :by
                 WHERE episode_id = :id AND version = :version
                """)
            .params(p)
            .param("now", Timestamp.from(now))
            .param("by", by.value())
            .param("id", r.episode().value())
            .param("version", version)
            .update()
        == 1;
  }

  /** Notes that the account was made an intelligence submission. */
  void submittedAsIntelligence(EpisodeId episode) {
    jdbc.sql("UPDATE return_interview SET intelligence_submitted = TRUE WHERE episode_id = ?")
        .param(episode.value())
        .update();
  }

  static ReturnInterview interview(ResultSet rs, int n) throws SQLException {
    UUID offeredBy = rs.getObject("offered_by", UUID.class);
    UUID interviewer = rs.getObject("interviewer", UUID.class);
    String outcome = rs.getString("outcome");
    String consent = rs.getString("consent_to_share");
    Date heldOn = rs.getDate("held_on");
    return new ReturnInterview(
        new EpisodeId(rs.getObject("episode_id", UUID.class)),
        rs.getTimestamp("due_at").toInstant(),
        EpisodeRepository.instant(rs, "offered_at"),
        offeredBy == null ? null : new UserId(offeredBy),
        interviewer == null ? null : new UserId(interviewer),
        rs.getString("interviewer_name"),
        rs.getBoolean("child_chose_interviewer"),
        outcome == null ? null : InterviewOutcome.valueOf(outcome),
        heldOn == null ? null : heldOn.toLocalDate(),
        rs.getString("not_held_reason"),
        rs.getString("young_persons_words"),
        rs.getString("account_summary"),
        consent == null ? null : ConsentToShare.valueOf(consent),
        rs.getString("shareable_words"),
        rs.getBoolean("intelligence_submitted"),
        rs.getInt("version"));
  }
}
