package uk.harbour.cases;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.shared.ChildId;

/**
 * Writes synthetic cases for the demo world and generators, with nobody signed in: no access
 * checks, but every case change still goes through the chronology. Never call it from a request.
 */
@Service
public class CaseSeeding {

  private final Cases cases;
  private final Teams teams;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseSeeding(
      Cases cases, Teams teams, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
    this.cases = cases;
    this.teams = teams;
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Opens (or finds) the child's case, with {@code keyWorker} as the key worker in the team around
   * the child (and so the case's), unless the team has a key worker already.
   */
  @Transactional
  public CaseId openWithKeyWorker(ChildId child, UserSummary keyWorker) {
    if (teams.keyWorker(child).isEmpty()) {
      teams.appointKeyWorker(child, keyWorker.id(), null);
    }
    return cases.openIfNone(child, clock.instant(), Optional.empty());
  }

  /**
   * Adds a chronology entry written by {@code by}.
   *
   * @param significance ROUTINE, SIGNIFICANT or CRITICAL
   */
  @Transactional
  public void chronologyEntry(
      CaseId id, LocalDate on, String whatHappened, String significance, String by) {
    jdbc.sql(
            """
            INSERT INTO chronology_entry (id, case_id, kind, occurred_on, summary, significance,
                                          recorded_at, recorded_by_name)
            VALUES (?, ?, 'MANUAL', ?, ?, ?, ?, ?)
            """)
        .params(
            UUID.randomUUID(),
            id.value(),
            Date.valueOf(on),
            whatHappened,
            significance,
            Timestamp.from(clock.instant()),
            by)
        .update();
  }

  /** Adds the young person's words, gathered in conversation by {@code by}, who agreed to both. */
  @Transactional
  public void voiceEntry(
      CaseId id,
      LocalDate on,
      String theirWords,
      String safetyInTheirWords,
      Integer safetyRating,
      String wishes,
      String by) {
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO voice_entry (id, case_id, their_words, said_on, how_gathered,
                gathered_by, consent_to_record, consent_to_share, safety_in_their_words,
                safety_rating, wishes_about_sharing, recorded_at, recorded_by_name)
            VALUES (?, ?, ?, ?, 'CONVERSATION', ?, 'AGREED', 'AGREED', ?, ?, ?, ?, ?)
            """)
        .params(
            UUID.randomUUID(),
            id.value(),
            theirWords,
            Date.valueOf(on),
            by,
            safetyInTheirWords,
            safetyRating,
            wishes,
            Timestamp.from(now),
            by)
        .update();
    events.publishEvent(
        CaseActivity.onDate(
            id,
            CaseActivity.Kind.VOICE,
            "The young person's words, gathered by " + by,
            on,
            "/cases/" + id + "/voice"));
  }
}
