package uk.harbour.cases.voice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Something the young person said, in their own words.
 *
 * @param safetyRating their own rating of how safe they feel, 0 to 10, if they chose to give one:
 *     their view, never a risk score
 */
record VoiceEntry(
    UUID id,
    String theirWords,
    LocalDate saidOn,
    HowGathered howGathered,
    String gatheredBy,
    Consent consentToRecord,
    Consent consentToShare,
    String safetyInTheirWords,
    Integer safetyRating,
    String wishesAboutSharing,
    Instant recordedAt,
    String recordedByName) {

  public boolean hasSafetyView() {
    return safetyInTheirWords != null || safetyRating != null;
  }
}
