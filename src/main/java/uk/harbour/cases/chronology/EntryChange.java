package uk.harbour.cases.chronology;

import java.time.Instant;
import java.util.UUID;

/**
 * How an entry came to say what it says: as written ({@link EntryStatus#CURRENT}, the other fields
 * null), or by a correction or withdrawal, with who made it, when and why.
 */
record EntryChange(EntryStatus status, Instant at, UUID by, String byName, String reason) {

  static final EntryChange AS_WRITTEN =
      new EntryChange(EntryStatus.CURRENT, null, null, null, null);

  public boolean corrected() {
    return status == EntryStatus.CORRECTED;
  }

  public boolean withdrawn() {
    return status == EntryStatus.WITHDRAWN;
  }
}
