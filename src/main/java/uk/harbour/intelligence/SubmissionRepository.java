package uk.harbour.intelligence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/** Submissions, their children and their mentions. */
@Repository
class SubmissionRepository {

  private static final String COLUMNS =
      """
      s.id, s.reference, s.status, s.submitted_by, s.submitted_by_name, s.submitted_by_agency,
      s.what_known, s.how_known, s.told_by, s.mention, s.others_who_know, s.children_described, s.money,
      s.risk_now, s.risk_now_details, s.deadline_at, s.acknowledged_by_name, s.acknowledged_at,
      s.nothing_identifying, s.source_evaluation, s.intelligence_assessment, s.handling,
      s.handling_conditions, s.sanitised_text, s.outcome, s.outcome_reasons, s.triaged_by_name,
      s.triaged_at, s.created_at, s.submitted_at, s.version
      """;

  private final JdbcClient jdbc;
  private final MentionRepository mentions;

  SubmissionRepository(JdbcClient jdbc, MentionRepository mentions) {
    this.jdbc = jdbc;
    this.mentions = mentions;
  }

  void insertDraft(
      UUID id,
      String reference,
      HarbourUser author,
      SubmissionDraft draft,
      @Nullable String sourceKind,
      @Nullable UUID sourceId,
      Instant now,
      UUID requestKey) {
    jdbc.sql(
            """
            INSERT INTO intel_submission (id, reference, status, submitted_by, submitted_by_name,
              submitted_by_agency, what_known, how_known, told_by, mention, others_who_know,
              children_described, money, risk_now, risk_now_details, source_kind, source_id,
              created_at, updated_at, version, request_key)
            VALUES (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
            """)
        .params(
            id,
            reference,
            author.id().value(),
            author.displayName(),
            author.agencyName(),
            draft.whatKnown(),
            name(draft.howKnown()),
            draft.toldBy(),
            name(draft.mentionedBefore()),
            draft.othersWhoKnow(),
            draft.childrenDescribed(),
            draft.money(),
            draft.riskNow(),
            draft.riskNowDetails(),
            sourceKind,
            sourceId,
            Timestamp.from(now),
            Timestamp.from(now),
            requestKey)
        .update();
    replaceContent(id, draft);
  }

  /** Saves a draft if it is still a draft at the version opened; false if not. */
  boolean updateDraft(UUID id, int version, SubmissionDraft draft, Instant now) {
    int updated =
        jdbc.sql(
                """
                UPDATE intel_submission SET what_known = ?, how_known = ?, told_by = ?,
                  mention = ?, others_who_know = ?, children_described = ?, money = ?, risk_now = ?,
                  risk_now_details = ?, updated_at = ?, version = version + 1
                 WHERE id = ? AND status = 'DRAFT' AND version = ?
                """)
            .params(
                draft.whatKnown(),
                name(draft.howKnown()),
                draft.toldBy(),
                name(draft.mentionedBefore()),
                draft.othersWhoKnow(),
                draft.childrenDescribed(),
                draft.money(),
                draft.riskNow(),
                draft.riskNowDetails(),
                Timestamp.from(now),
                id,
                version)
            .update();
    if (updated == 1) {
      replaceContent(id, draft);
    }
    return updated == 1;
  }

  private void replaceContent(UUID id, SubmissionDraft draft) {
    jdbc.sql("DELETE FROM intel_submission_child WHERE submission_id = ?").param(id).update();
    for (ChildId child : draft.children()) {
      jdbc.sql("INSERT INTO intel_submission_child (submission_id, child_id) VALUES (?, ?)")
          .params(id, child.value())
          .update();
    }
    mentions.replace(id, draft.items());
  }

  /** Submits a draft still at the version checked; false if it changed or was submitted. */
  boolean submit(UUID id, int version, Instant now, @Nullable Instant deadline, boolean nothing) {
    return jdbc.sql(
                """
                UPDATE intel_submission SET status = 'SUBMITTED', submitted_at = ?,
                  deadline_at = CASE WHEN risk_now THEN CAST(? AS TIMESTAMPTZ) END, nothing_identifying = ?,
                  updated_at = ?, version = version + 1
                 WHERE id = ? AND status = 'DRAFT' AND version = ?
                """)
            .params(
                Timestamp.from(now),
                deadline == null ? null : Timestamp.from(deadline),
                nothing,
                Timestamp.from(now),
                id,
                version)
            .update()
        == 1;
  }

  Optional<Submission> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM intel_submission s WHERE s.id = ?")
        .param(id)
        .query(SubmissionRepository::submission)
        .optional();
  }

  List<ChildId> children(UUID id) {
    return jdbc.sql(
            "SELECT child_id FROM intel_submission_child WHERE submission_id = ?"
                + " ORDER BY child_id")
        .param(id)
        .query((rs, n) -> new ChildId(rs.getObject(1, UUID.class)))
        .list();
  }

  /** The user's own submissions, newest first. */
  List<Submission> by(UserId author, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM intel_submission s WHERE s.submitted_by = ?"
                + " ORDER BY s.created_at DESC, s.id LIMIT ?")
        .params(author.value(), limit)
        .query(SubmissionRepository::submission)
        .list();
  }

  /**
   * Submitted and not yet triaged: "risk to a person now" first, by deadline, then oldest first.
   * With {@code riskNowOnly}, only those (the screening team's part of the duty queue).
   */
  List<Submission> waiting(boolean riskNowOnly, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM intel_submission s WHERE s.status = 'SUBMITTED'"
                + (riskNowOnly ? " AND s.risk_now" : "")
                + " ORDER BY s.risk_now DESC, s.deadline_at NULLS LAST, s.submitted_at, s.id"
                + " LIMIT ?")
        .param(limit)
        .query(SubmissionRepository::submission)
        .list();
  }

  /** Risk-now submissions submitted and not yet acknowledged, and how many are past deadline. */
  DutyQueue.RiskNow riskNowUnacknowledged(Instant now) {
    return jdbc.sql(
            """
            SELECT count(*), count(*) FILTER (WHERE deadline_at < ?) FROM intel_submission
             WHERE status = 'SUBMITTED' AND risk_now AND acknowledged_at IS NULL
            """)
        .param(Timestamp.from(now))
        .query((rs, n) -> new DutyQueue.RiskNow(rs.getLong(1), rs.getLong(2)))
        .single();
  }

  /** Triaged submissions, newest first (the analysts' and officers' record). */
  List<Submission> triaged(int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM intel_submission s WHERE s.status = 'TRIAGED'"
                + " ORDER BY s.triaged_at DESC, s.id LIMIT ?")
        .param(limit)
        .query(SubmissionRepository::submission)
        .list();
  }

  /** Records who acknowledged a risk-now submission, once; false if someone already had. */
  boolean acknowledge(UUID id, HarbourUser user, Instant now) {
    return jdbc.sql(
                """
                UPDATE intel_submission SET acknowledged_by = ?, acknowledged_by_name = ?,
                  acknowledged_at = ? WHERE id = ? AND risk_now AND acknowledged_at IS NULL
                  AND status <> 'DRAFT'
                """)
            .params(user.id().value(), user.displayName(), Timestamp.from(now), id)
            .update()
        == 1;
  }

  /** Records the triage of a submission still waiting at the version opened; false if not. */
  boolean triage(UUID id, int version, TriageDecision decision, HarbourUser user, Instant now) {
    Submission.Grade grade = decision.grade();
    return jdbc.sql(
                """
                UPDATE intel_submission SET status = 'TRIAGED', source_evaluation = ?,
                  intelligence_assessment = ?, handling = ?, handling_conditions = ?,
                  sanitised_text = ?, outcome = ?, outcome_reasons = ?, triaged_by = ?,
                  triaged_by_name = ?, triaged_at = ?, updated_at = ?, version = version + 1
                 WHERE id = ? AND status = 'SUBMITTED' AND version = ?
                """)
            .params(
                grade.source().code(),
                grade.assessment().name(),
                grade.handling().name(),
                grade.conditions(),
                decision.sanitisedText(),
                decision.outcome().name(),
                decision.reasons(),
                user.id().value(),
                user.displayName(),
                Timestamp.from(now),
                Timestamp.from(now),
                id,
                version)
            .update()
        == 1;
  }

  private static @Nullable String name(@Nullable Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static Submission submission(ResultSet rs, int n) throws SQLException {
    Submission.Grade grade = grade(rs);
    return new Submission(
        rs.getObject("id", UUID.class),
        rs.getString("reference"),
        SubmissionStatus.valueOf(rs.getString("status")),
        new UserId(rs.getObject("submitted_by", UUID.class)),
        rs.getString("submitted_by_name"),
        rs.getString("submitted_by_agency"),
        rs.getString("what_known"),
        value(rs.getString("how_known"), HowKnown::valueOf),
        rs.getString("told_by"),
        value(rs.getString("mention"), MentionedBefore::valueOf),
        rs.getString("others_who_know"),
        rs.getString("children_described"),
        rs.getString("money"),
        rs.getBoolean("risk_now"),
        rs.getString("risk_now_details"),
        instant(rs, "deadline_at"),
        rs.getString("acknowledged_by_name"),
        instant(rs, "acknowledged_at"),
        rs.getBoolean("nothing_identifying"),
        grade,
        rs.getString("sanitised_text"),
        value(rs.getString("outcome"), Outcome::valueOf),
        rs.getString("outcome_reasons"),
        rs.getString("triaged_by_name"),
        instant(rs, "triaged_at"),
        rs.getTimestamp("created_at").toInstant(),
        instant(rs, "submitted_at"),
        rs.getInt("version"));
  }

  /** The grade in the row's submission columns, or null before triage. */
  static Submission.@Nullable Grade grade(ResultSet rs) throws SQLException {
    String source = rs.getString("source_evaluation");
    return source == null
        ? null
        : new Submission.Grade(
            SourceEvaluation.ofCode(source),
            IntelligenceAssessment.valueOf(rs.getString("intelligence_assessment")),
            Handling.valueOf(rs.getString("handling")),
            rs.getString("handling_conditions"));
  }

  static <T> @Nullable T value(@Nullable String raw, java.util.function.Function<String, T> parse) {
    return raw == null ? null : parse.apply(raw);
  }

  static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
