package uk.harbour.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Starts the concern the police intelligence unit referred to screening: one row per intelligence
 * submission, however often the decision is delivered. Its details and reference are then written
 * as any concern's are ({@link ConcernRepository}).
 */
@Repository
class IntelligenceReferralRepository {

  private final JdbcClient jdbc;

  IntelligenceReferralRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A new draft concern for the submission, from the unit's officer; empty, writing nothing, if a
   * concern was already made from that submission.
   */
  Optional<UUID> insert(
      UUID submissionId,
      String intelligenceReference,
      @Nullable String conditions,
      String officerName,
      Instant now) {
    UUID id = UUID.randomUUID();
    int inserted =
        jdbc.sql(
                """
                INSERT INTO concern (id, source, status, reporter_name, intelligence_submission_id,
                                     intelligence_reference, handling_conditions, created_at,
                                     updated_at)
                VALUES (?, 'INTELLIGENCE', 'DRAFT', ?, ?, ?, ?, ?, ?)
                ON CONFLICT (intelligence_submission_id) DO NOTHING
                """)
            .params(
                id,
                officerName,
                submissionId,
                intelligenceReference,
                conditions,
                Timestamp.from(now),
                Timestamp.from(now))
            .update();
    return inserted == 1 ? Optional.of(id) : Optional.empty();
  }
}
