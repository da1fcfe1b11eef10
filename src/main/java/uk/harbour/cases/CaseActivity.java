package uk.harbour.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.harbour.shared.DisplayDates;

/**
 * Something that happened on a case and belongs in its chronology: published (with Spring's
 * ApplicationEventPublisher, inside the transaction that made the change) by whichever part of
 * Harbour made it; the chronology writes an automatic entry for each one in the same transaction.
 *
 * @param kind what sort of event, which the chronology filters by
 * @param summary one plain-English line for the chronology, already worded for practitioners
 * @param occurredAt the moment it happened (not when it was written down, if those differ), or null
 *     when only the day is known (something a person dated, such as when a young person said
 *     something)
 * @param link a path inside Harbour where the full record can be read, or null
 * @param occurredOn the day it happened, in UK time
 */
public record CaseActivity(
    CaseId caseId,
    Kind kind,
    String summary,
    @Nullable Instant occurredAt,
    @Nullable String link,
    LocalDate occurredOn) {

  /** The kinds of automatic chronology entry. */
  public enum Kind {
    CONCERN,
    SCREENING_DECISION,
    CASE_OPENED,
    ALLOCATION,
    ASSESSMENT,
    PLAN,
    REVIEW,
    STATUS_CHANGE,
    CLOSURE,
    MISSING_EPISODE,
    VOICE,
    YOUNG_PERSON
  }

  public CaseActivity {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(occurredOn, "occurredOn");
  }

  /** Something that happened at a known moment. */
  public CaseActivity(
      CaseId caseId, Kind kind, String summary, Instant occurredAt, @Nullable String link) {
    this(
        caseId,
        kind,
        summary,
        Objects.requireNonNull(occurredAt, "occurredAt"),
        link,
        LocalDate.ofInstant(occurredAt, DisplayDates.ZONE));
  }

  /** Something that happened on a day a person gave, at no time of day Harbour knows. */
  public static CaseActivity onDate(
      CaseId caseId, Kind kind, String summary, LocalDate on, @Nullable String link) {
    return new CaseActivity(caseId, kind, summary, null, link, on);
  }
}
