package uk.harbour.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A case's request for a strategy discussion or trigger plan after repeated missing episodes, and
 * what was recorded about it.
 *
 * @param episodes how many episodes started within {@code withinDays} days
 * @param outcome null while it waits; then what was held, or that it was not
 * @param note what was decided, or why it was not held
 */
record RepeatMissingPrompt(
    UUID id,
    CaseId caseId,
    UUID episodeId,
    int episodes,
    int withinDays,
    Instant firstStart,
    Instant lastStart,
    Instant raisedAt,
    @Nullable Outcome outcome,
    @Nullable LocalDate heldOn,
    @Nullable String note,
    @Nullable String recordedByName,
    @Nullable Instant recordedAt,
    int version) {

  /** What became of the request. */
  enum Outcome {
    STRATEGY_DISCUSSION,
    TRIGGER_PLAN,
    NOT_HELD;

    boolean held() {
      return this != NOT_HELD;
    }
  }

  public boolean waiting() {
    return outcome == null;
  }

  /** The day the window of episodes began, in UK time, for the page. */
  public LocalDate firstDay() {
    return LocalDate.ofInstant(firstStart, uk.harbour.shared.DisplayDates.ZONE);
  }

  public LocalDate lastDay() {
    return LocalDate.ofInstant(lastStart, uk.harbour.shared.DisplayDates.ZONE);
  }
}
