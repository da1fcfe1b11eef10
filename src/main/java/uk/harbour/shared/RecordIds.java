package uk.harbour.shared;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Reads record ids from URLs and forms. Harbour writes ids in their canonical 36-character form, so
 * anything else (tampered, truncated or missing) is a record that does not exist: the same 404 as a
 * real id nobody may see.
 */
public final class RecordIds {

  private static final int CANONICAL_LENGTH = 36;

  private RecordIds() {}

  /** The id, or a {@link RecordNotFoundException} for the record type when it is not one. */
  public static UUID parse(@Nullable String raw, String recordType) {
    UUID id = parseOrNull(raw);
    if (id == null) {
      throw new RecordNotFoundException(recordType);
    }
    return id;
  }

  /** The id, or {@code null} when the text is blank or not an id (an unchosen or stale option). */
  public static @Nullable UUID parseOrNull(@Nullable String raw) {
    if (raw == null || raw.length() != CANONICAL_LENGTH) {
      return null;
    }
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }
}
