package uk.harbour.cases.chronology;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.cases.CaseId;
import uk.harbour.shared.BatchedReads;

/**
 * Corrections, withdrawals and notes of chronology entries: chronology_entry's status and change
 * columns, chronology_entry_history (written only by the database's trigger, before an entry
 * changes) and chronology_note. Nothing here deletes.
 */
@Repository
class AmendmentRepository {

  private final JdbcClient jdbc;

  AmendmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A correction: the new wording, date, significance and source, and why. */
  record Correction(
      java.time.LocalDate occurredOn,
      String summary,
      Significance significance,
      String source,
      String reason) {}

  /**
   * Corrects an entry the team wrote, if it is still the version the user opened and not withdrawn.
   * The database keeps what it said before.
   *
   * @return whether it was corrected now
   */
  boolean correct(
      CaseId caseId,
      UUID entryId,
      int openedVersion,
      Correction correction,
      Instant at,
      UUID by,
      String byName) {
    return jdbc.sql(
                """
                UPDATE chronology_entry
                   SET occurred_on = ?, summary = ?, significance = ?, source = ?,
                       status = 'CORRECTED', changed_at = ?, changed_by = ?, changed_by_name = ?,
                       change_reason = ?, version = version + 1
                 WHERE case_id = ? AND id = ? AND version = ? AND kind = 'MANUAL'
                   AND status <> 'WITHDRAWN'
                """)
            .params(
                Date.valueOf(correction.occurredOn()),
                correction.summary(),
                correction.significance().name(),
                correction.source(),
                Timestamp.from(at),
                by,
                byName,
                correction.reason(),
                caseId.value(),
                entryId,
                openedVersion)
            .update()
        == 1;
  }

  /**
   * Withdraws an entry the team wrote, if it is still the version the user opened: it stays in the
   * chronology, struck through with the reason.
   *
   * @return whether it was withdrawn now
   */
  boolean withdraw(
      CaseId caseId,
      UUID entryId,
      int openedVersion,
      String reason,
      Instant at,
      UUID by,
      String byName) {
    return jdbc.sql(
                """
                UPDATE chronology_entry
                   SET status = 'WITHDRAWN', changed_at = ?, changed_by = ?, changed_by_name = ?,
                       change_reason = ?, version = version + 1
                 WHERE case_id = ? AND id = ? AND version = ? AND kind = 'MANUAL'
                   AND status <> 'WITHDRAWN'
                """)
            .params(Timestamp.from(at), by, byName, reason, caseId.value(), entryId, openedVersion)
            .update()
        == 1;
  }

  /**
   * Adds a note to an entry of this case unless a note with this id exists already (a form
   * submitted twice).
   *
   * @return whether it was added
   */
  boolean addNote(
      CaseId caseId, UUID noteId, UUID entryId, String text, Instant at, UUID by, String byName) {
    return jdbc.sql(
                """
                INSERT INTO chronology_note (id, entry_id, text, recorded_at, recorded_by,
                                             recorded_by_name)
                SELECT ?, e.id, ?, ?, ?, ? FROM chronology_entry e WHERE e.case_id = ? AND e.id = ?
                ON CONFLICT (id) DO NOTHING
                """)
            .params(noteId, text, Timestamp.from(at), by, byName, caseId.value(), entryId)
            .update()
        == 1;
  }

  Optional<EntryNote> note(UUID noteId) {
    return jdbc.sql(
            "SELECT id, entry_id, text, recorded_at, recorded_by, recorded_by_name"
                + " FROM chronology_note WHERE id = ?")
        .param(noteId)
        .query(
            (rs, n) ->
                new EntryNote(
                    rs.getObject("id", UUID.class),
                    rs.getObject("entry_id", UUID.class),
                    rs.getString("text"),
                    ChronologyRepository.instant(rs, "recorded_at"),
                    rs.getObject("recorded_by", UUID.class),
                    rs.getString("recorded_by_name")))
        .optional();
  }

  private static final String EARLIER =
      """
      SELECT entry_id, version, occurred_on, summary, significance, source, status,
             changed_at, changed_by, changed_by_name, change_reason
        FROM chronology_entry_history WHERE entry_id %s ORDER BY entry_id, version
      """;

  private static final String NOTES =
      """
      SELECT id, entry_id, text, recorded_at, recorded_by, recorded_by_name
        FROM chronology_note WHERE entry_id %s ORDER BY entry_id, recorded_at, id
      """;

  /** The earlier states of these entries, oldest first, by entry. */
  Map<UUID, List<EarlierVersion>> earlier(Collection<UUID> entryIds) {
    if (entryIds.isEmpty()) {
      return new HashMap<>();
    }
    return byEntry(
        jdbc.sql(EARLIER.formatted("= ANY (?::uuid[])"))
            .param(entryIds.toArray(new UUID[0]))
            .query(AmendmentRepository::earlierVersion)
            .list());
  }

  /**
   * The earlier states of the entries {@code entryIds} selects (a subquery returning entry ids,
   * with named parameters), read with other queries in one round trip.
   */
  Supplier<Map<UUID, List<EarlierVersion>>> earlier(
      BatchedReads reads, String entryIds, Map<String, ?> params) {
    BatchedReads.Result<Keyed<EarlierVersion>> rows =
        reads.add(
            EARLIER.formatted("IN (" + entryIds + ")"),
            params,
            AmendmentRepository::earlierVersion);
    return () -> byEntry(rows.rows());
  }

  /** The notes on these entries, oldest first, by entry. */
  Map<UUID, List<EntryNote>> notes(Collection<UUID> entryIds) {
    if (entryIds.isEmpty()) {
      return new HashMap<>();
    }
    return byEntry(
        jdbc.sql(NOTES.formatted("= ANY (?::uuid[])"))
            .param(entryIds.toArray(new UUID[0]))
            .query(AmendmentRepository::note)
            .list());
  }

  /** The notes on the entries {@code entryIds} selects, read with other queries in one trip. */
  Supplier<Map<UUID, List<EntryNote>>> notes(
      BatchedReads reads, String entryIds, Map<String, ?> params) {
    BatchedReads.Result<Keyed<EntryNote>> rows =
        reads.add(NOTES.formatted("IN (" + entryIds + ")"), params, AmendmentRepository::note);
    return () -> byEntry(rows.rows());
  }

  /** Something about one entry. */
  private record Keyed<T>(UUID entry, T value) {}

  private static <T> Map<UUID, List<T>> byEntry(List<Keyed<T>> rows) {
    Map<UUID, List<T>> byEntry = new HashMap<>();
    rows.forEach(r -> byEntry.computeIfAbsent(r.entry(), k -> new ArrayList<>()).add(r.value()));
    return byEntry;
  }

  private static Keyed<EarlierVersion> earlierVersion(ResultSet rs, int n) throws SQLException {
    return new Keyed<>(
        rs.getObject("entry_id", UUID.class),
        new EarlierVersion(
            rs.getInt("version"),
            rs.getDate("occurred_on").toLocalDate(),
            rs.getString("summary"),
            Significance.valueOf(rs.getString("significance")),
            rs.getString("source"),
            ChronologyRepository.change(rs)));
  }

  private static Keyed<EntryNote> note(ResultSet rs, int n) throws SQLException {
    UUID entry = rs.getObject("entry_id", UUID.class);
    return new Keyed<>(
        entry,
        new EntryNote(
            rs.getObject("id", UUID.class),
            entry,
            rs.getString("text"),
            ChronologyRepository.instant(rs, "recorded_at"),
            rs.getObject("recorded_by", UUID.class),
            rs.getString("recorded_by_name")));
  }
}
