package uk.harbour.missing;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.harbour.shared.UserId;

/**
 * The return interview offered after an episode ended with the child's return, due within the
 * configured period (72 hours by default). The interviewer is independent of the child's care
 * unless the child chose someone they trust. Outcome: held (when, the young person's own words,
 * whether they agree to share them), declined, or not held with the reason.
 *
 * @param shareableWords the part of their words the young person agreed to share, when {@code
 *     consent} is SOME
 */
public record ReturnInterview(
    EpisodeId episode,
    Instant dueAt,
    @Nullable Instant offeredAt,
    @Nullable UserId offeredBy,
    @Nullable UserId interviewer,
    @Nullable String interviewerName,
    boolean childChoseInterviewer,
    @Nullable InterviewOutcome outcome,
    @Nullable LocalDate heldOn,
    @Nullable String notHeldReason,
    @Nullable String youngPersonsWords,
    @Nullable String accountSummary,
    @Nullable ConsentToShare consent,
    @Nullable String shareableWords,
    boolean intelligenceSubmitted,
    int version) {

  public static final String RECORD_TYPE = "return interview";

  /** Not yet held, declined or recorded as not held, and past its due time. */
  public boolean overdue(Instant now) {
    return outcome == null && dueAt.isBefore(now);
  }

  /** Whether an offer has been recorded (SSDA903's "offered"). */
  public boolean offered() {
    return offeredAt != null;
  }

  /**
   * The young person's words that may go beyond the people around them: all when they consented,
   * the part they agreed when some, none otherwise. Never words they did not agree to share.
   */
  public @Nullable String wordsToShare() {
    if (consent == ConsentToShare.YES) {
      return youngPersonsWords;
    }
    if (consent == ConsentToShare.SOME) {
      return shareableWords;
    }
    return null;
  }
}
