package uk.harbour.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened on a case and belongs in its chronology: published (with Spring's
 * ApplicationEventPublisher, inside the transaction that made the change) by whichever part of
 * Harbour made it; the chronology writes an automatic entry for each one in the same transaction.
 *
 * @param kind what sort of event, which the chronology filters by
 * @param summary one plain-English line for the chronology, already worded for practitioners
 * @param occurredAt when it happened (not when it was written down, if those differ)
 * @param link a path inside Harbour where the full record can be read, or null
 */
public record CaseActivity(
    CaseId caseId, Kind kind, String summary, Instant occurredAt, String link) {

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
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
