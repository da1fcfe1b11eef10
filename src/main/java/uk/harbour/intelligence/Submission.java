package uk.harbour.intelligence;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.harbour.shared.UserId;

/**
 * A submission as stored: the submitter's words and provenance, "risk to a person now" with its
 * deadline and who acknowledged it, and, once triaged, the grade, the sanitised text and the
 * outcome with reasons.
 */
record Submission(
    UUID id,
    String reference,
    SubmissionStatus status,
    UserId submittedBy,
    String submittedByName,
    String submittedByAgency,
    String whatKnown,
    @Nullable HowKnown howKnown,
    @Nullable String toldBy,
    @Nullable MentionedBefore mentionedBefore,
    @Nullable String othersWhoKnow,
    @Nullable String childrenDescribed,
    @Nullable String money,
    boolean riskNow,
    @Nullable String riskNowDetails,
    @Nullable Instant deadlineAt,
    @Nullable String acknowledgedByName,
    @Nullable Instant acknowledgedAt,
    boolean nothingIdentifying,
    @Nullable Grade grade,
    @Nullable String sanitisedText,
    @Nullable Outcome outcome,
    @Nullable String outcomeReasons,
    @Nullable String triagedByName,
    @Nullable Instant triagedAt,
    Instant createdAt,
    @Nullable Instant submittedAt,
    int version) {

  public boolean isDraft() {
    return status == SubmissionStatus.DRAFT;
  }

  /** Whether a risk-now submission has passed its deadline without being acknowledged. */
  public boolean overdue(Instant now) {
    return riskNow && deadlineAt != null && acknowledgedAt == null && now.isAfter(deadlineAt);
  }

  /** The 3x5x2 grade and its handling conditions (written when the code is C). */
  record Grade(
      SourceEvaluation source,
      IntelligenceAssessment assessment,
      Handling handling,
      @Nullable String conditions) {

    public String code() {
      return source.code() + assessment.name() + handling.name();
    }
  }
}
