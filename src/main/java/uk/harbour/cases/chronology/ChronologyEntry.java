package uk.harbour.cases.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry in a case's chronology, as it stands now, with every earlier wording and the team's
 * notes when it has any.
 *
 * @param occurredAt the moment, when known (automatic entries); null for a date a person gave
 * @param source where a written entry's information came from, or null
 * @param youngPersonView the young person's own perspective on the entry, or null
 * @param change how the entry came to say what it says now (as written, corrected or withdrawn)
 * @param hasNotes whether the team added notes to it
 * @param earlier what it said before each correction or withdrawal, oldest first (the first is the
 *     original); empty when it stands as written or the list has not been read
 * @param notes the team's notes, oldest first; empty when none or not read
 */
record ChronologyEntry(
    UUID id,
    EntryKind kind,
    LocalDate occurredOn,
    Instant occurredAt,
    String summary,
    Significance significance,
    String source,
    String link,
    Instant recordedAt,
    String recordedByName,
    String youngPersonView,
    Instant youngPersonViewAt,
    String youngPersonViewByName,
    int version,
    EntryChange change,
    boolean hasNotes,
    List<EarlierVersion> earlier,
    List<EntryNote> notes) {

  ChronologyEntry {
    earlier = List.copyOf(earlier);
    notes = List.copyOf(notes);
  }

  public boolean automatic() {
    return kind != EntryKind.MANUAL;
  }

  /** Only entries the team wrote, and not withdrawn, can be corrected or withdrawn. */
  public boolean correctable() {
    return !automatic() && !change.withdrawn();
  }

  /**
   * The earlier wordings to show: every earlier state except one that reads the same as the entry
   * now (the state a withdrawal struck through, which the entry itself shows).
   */
  public List<EarlierVersion> earlierWordings() {
    if (earlier.isEmpty()) {
      return earlier;
    }
    EarlierVersion last = earlier.get(earlier.size() - 1);
    boolean same =
        last.occurredOn().equals(occurredOn)
            && last.summary().equals(summary)
            && last.significance() == significance
            && java.util.Objects.equals(last.source(), source);
    return same ? earlier.subList(0, earlier.size() - 1) : earlier;
  }

  /**
   * For a withdrawn entry whose wording had been corrected before it was withdrawn, that correction
   * (who, when and why); otherwise null.
   */
  public @Nullable EntryChange struckCorrection() {
    if (!change.withdrawn() || earlier.isEmpty()) {
      return null;
    }
    EntryChange struck = earlier.get(earlier.size() - 1).change();
    return struck.corrected() ? struck : null;
  }

  /** Whether earlier wordings or notes are to be read for it. */
  boolean hasDetails() {
    return change.status() != EntryStatus.CURRENT || hasNotes;
  }

  ChronologyEntry withDetails(List<EarlierVersion> earlierVersions, List<EntryNote> entryNotes) {
    return new ChronologyEntry(
        id,
        kind,
        occurredOn,
        occurredAt,
        summary,
        significance,
        source,
        link,
        recordedAt,
        recordedByName,
        youngPersonView,
        youngPersonViewAt,
        youngPersonViewByName,
        version,
        change,
        hasNotes,
        earlierVersions,
        entryNotes);
  }
}
