package uk.harbour.cases.voice;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.CaseText;
import uk.harbour.cases.ItemWrite;

/** The voice_entry table. */
@Repository
class VoiceRepository {

  private final JdbcClient jdbc;

  VoiceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Adds the entry unless one with its id exists: this case's (a double-submitted form), or
   * another's (the form's id was changed).
   */
  ItemWrite insert(
      UUID id, CaseId caseId, VoiceForm f, Instant now, UUID recordedBy, String recordedByName) {
    int rows =
        jdbc.sql(
                """
                INSERT INTO voice_entry (id, case_id, their_words, said_on, how_gathered,
                    gathered_by, consent_to_record, consent_to_share, safety_in_their_words,
                    safety_rating, wishes_about_sharing, recorded_at, recorded_by,
                    recorded_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING
                """)
            .params(
                id,
                caseId.value(),
                f.getTheirWords(),
                Date.valueOf(f.saidOn()),
                f.getHowGathered().name(),
                f.getGatheredBy(),
                f.getConsentToRecord().name(),
                f.getConsentToShare().name(),
                CaseText.kept(f.getSafetyInTheirWords()),
                f.rating(),
                CaseText.kept(f.getWishesAboutSharing()),
                Timestamp.from(now),
                recordedBy,
                recordedByName)
            .update();
    return ItemWrite.inserted(
        rows,
        () ->
            jdbc.sql("SELECT EXISTS (SELECT 1 FROM voice_entry WHERE id = ? AND case_id = ?)")
                .params(id, caseId.value())
                .query(Boolean.class)
                .single());
  }

  /** The case's voice entries, most recently said first (then most recently recorded). */
  List<VoiceEntry> list(CaseId caseId) {
    return jdbc.sql(
            """
            SELECT id, their_words, said_on, how_gathered, gathered_by, consent_to_record,
                   consent_to_share, safety_in_their_words, safety_rating, wishes_about_sharing,
                   recorded_at, recorded_by_name
              FROM voice_entry WHERE case_id = ? ORDER BY said_on DESC, recorded_at DESC
            """)
        .param(caseId.value())
        .query(
            (rs, n) ->
                new VoiceEntry(
                    rs.getObject("id", UUID.class),
                    rs.getString("their_words"),
                    rs.getDate("said_on").toLocalDate(),
                    HowGathered.valueOf(rs.getString("how_gathered")),
                    rs.getString("gathered_by"),
                    Consent.valueOf(rs.getString("consent_to_record")),
                    Consent.valueOf(rs.getString("consent_to_share")),
                    rs.getString("safety_in_their_words"),
                    (Integer) rs.getObject("safety_rating"),
                    rs.getString("wishes_about_sharing"),
                    rs.getTimestamp("recorded_at").toInstant(),
                    rs.getString("recorded_by_name")))
        .list();
  }
}
