package uk.harbour.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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
  private final CaseSeedingRepository rows;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseSeeding(
      Cases cases,
      Teams teams,
      CaseSeedingRepository rows,
      ApplicationEventPublisher events,
      Clock clock) {
    this.cases = cases;
    this.teams = teams;
    this.rows = rows;
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
    rows.chronologyEntry(id, on, whatHappened, significance, clock.instant(), by);
  }

  /** Adds the young person's words, gathered in conversation by {@code by}, who agreed to both. */
  @Transactional
  public void voiceEntry(
      CaseId id,
      LocalDate on,
      String theirWords,
      String safetyInTheirWords,
      @Nullable Integer safetyRating,
      String wishes,
      String by) {
    rows.voiceEntry(
        id, on, theirWords, safetyInTheirWords, safetyRating, wishes, clock.instant(), by);
    events.publishEvent(
        CaseActivity.onDate(
            id,
            CaseActivity.Kind.VOICE,
            "The young person's words, gathered by " + by,
            on,
            "/cases/" + id + "/voice"));
  }
}
