package uk.harbour.cases;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows {@link CaseSeeding} writes for the demo world and generators: chronology entries and the
 * young person's words, as a practitioner would have recorded them.
 */
@Repository
class CaseSeedingRepository {

  private final JdbcClient jdbc;

  CaseSeedingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void chronologyEntry(
      CaseId id,
      LocalDate on,
      String whatHappened,
      String significance,
      Instant recordedAt,
      String by) {
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
            Timestamp.from(recordedAt),
            by)
        .update();
  }

  void voiceEntry(
      CaseId id,
      LocalDate on,
      String theirWords,
      String safetyInTheirWords,
      @Nullable Integer safetyRating,
      String wishes,
      Instant recordedAt,
      String by) {
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
            Timestamp.from(recordedAt),
            by)
        .update();
  }
}
