package uk.harbour.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.ChildId;

/** Reads and writes possible duplicates and merges. Callers check who may act. */
@Repository
class MergeRepository {

  private final JdbcClient jdbc;
  private final ChildRepository children;

  MergeRepository(JdbcClient jdbc, ChildRepository children) {
    this.jdbc = jdbc;
    this.children = children;
  }

  /** Makes concurrent scans take turns until the end of the transaction. */
  void lockScans() {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('child_duplicate_scan'))")
        .query((rs, n) -> 1)
        .single();
  }

  /** A pair found by a scan: one row per pair, its score refreshed while nobody has decided. */
  void saveFound(UUID a, UUID b, double probability, String explanation, Instant now) {
    // PostgreSQL orders UUIDs by their text, not by Java's signed comparison.
    UUID first = a.toString().compareTo(b.toString()) < 0 ? a : b;
    UUID second = first == a ? b : a;
    jdbc.sql(
            """
            INSERT INTO child_duplicate (id, child_a, child_b, probability, explanation,
                found_at, status)
            VALUES (?, ?, ?, ?, ?, ?, 'OPEN')
            ON CONFLICT (child_a, child_b) DO UPDATE
               SET probability = EXCLUDED.probability, explanation = EXCLUDED.explanation,
                   found_at = EXCLUDED.found_at
             WHERE child_duplicate.status = 'OPEN'
            """)
        .params(UUID.randomUUID(), first, second, probability, explanation, Timestamp.from(now))
        .update();
  }

  /** Forgets undecided pairs a scan no longer finds (their records changed). */
  int forgetOpenNotFoundSince(Instant scanStarted) {
    return jdbc.sql("DELETE FROM child_duplicate WHERE status = 'OPEN' AND found_at < ?")
        .param(Timestamp.from(scanStarted))
        .update();
  }

  /** Pairs awaiting a look, most likely first, leaving out pairs with a merged record. */
  List<DuplicatePair> openPairs(int limit) {
    return jdbc.sql(
            """
            SELECT d.* FROM child_duplicate d
              JOIN child a ON a.id = d.child_a JOIN child b ON b.id = d.child_b
             WHERE d.status IN ('OPEN', 'PROPOSED')
               AND a.merged_into IS NULL AND b.merged_into IS NULL
             ORDER BY d.status DESC, d.probability DESC, d.found_at LIMIT ?
            """)
        .param(limit)
        .query(this::mapPair)
        .list();
  }

  Optional<DuplicatePair> pair(UUID id) {
    return jdbc.sql("SELECT * FROM child_duplicate WHERE id = ?")
        .param(id)
        .query(this::mapPair)
        .optional();
  }

  boolean decidePair(
      UUID id,
      String fromStatus,
      String toStatus,
      UUID by,
      String byName,
      String reasons,
      Instant now) {
    return jdbc.sql(
                """
                UPDATE child_duplicate SET status = ?, decided_by = ?, decided_by_name = ?,
                    decided_at = ?, reasons = coalesce(?, reasons)
                 WHERE id = ? AND status = ?
                """)
            .params(toStatus, by, byName, Timestamp.from(now), reasons, id, fromStatus)
            .update()
        == 1;
  }

  void insertMerge(
      UUID id,
      UUID duplicateId,
      ChildRecord kept,
      ChildRecord merged,
      UUID by,
      String byName,
      String reasons,
      Instant now) {
    jdbc.sql(
            """
            INSERT INTO child_merge (id, duplicate_id, kept_child, merged_child, status,
                kept_version, merged_version, proposed_by, proposed_by_name, proposed_at,
                proposal_reasons)
            VALUES (?, ?, ?, ?, 'PROPOSED', ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            duplicateId,
            kept.id().value(),
            merged.id().value(),
            kept.version(),
            merged.version(),
            by,
            byName,
            Timestamp.from(now),
            reasons)
        .update();
  }

  Optional<ChildMerge> merge(UUID id) {
    return jdbc.sql("SELECT * FROM child_merge WHERE id = ?")
        .param(id)
        .query(this::mapMerge)
        .optional();
  }

  /** Merges waiting for approval, and completed merges, newest first. */
  List<ChildMerge> recentMerges(Collection<String> statuses, int limit) {
    return jdbc.sql(
            "SELECT * FROM child_merge WHERE status IN (:statuses)"
                + " ORDER BY coalesce(decided_at, proposed_at) DESC LIMIT :limit")
        .param("statuses", statuses)
        .param("limit", limit)
        .query(this::mapMerge)
        .list();
  }

  /** Completed merges into the kept child, for the kept record's page. */
  List<ChildMerge> mergesInto(ChildId kept) {
    return jdbc.sql(
            "SELECT * FROM child_merge WHERE kept_child = ? AND status = 'MERGED'"
                + " ORDER BY decided_at")
        .param(kept.value())
        .query(this::mapMerge)
        .list();
  }

  boolean decideMerge(
      UUID id, String toStatus, UUID by, String byName, String reasons, Instant now) {
    return jdbc.sql(
                """
                UPDATE child_merge SET status = ?, decided_by = ?, decided_by_name = ?,
                    decided_at = ?, decision_reasons = ?, version = version + 1
                 WHERE id = ? AND status = 'PROPOSED'
                """)
            .params(toStatus, by, byName, Timestamp.from(now), reasons, id)
            .update()
        == 1;
  }

  boolean markUnmerged(
      UUID id, UUID by, String byName, String reasons, List<String> keptAsEdited, Instant now) {
    return jdbc.sql(
                """
                UPDATE child_merge SET status = 'UNMERGED', unmerged_by = ?,
                    unmerged_by_name = ?, unmerged_at = ?, unmerge_reasons = ?,
                    kept_as_edited = ?, version = version + 1
                 WHERE id = ? AND status = 'MERGED'
                """)
            .params(by, byName, Timestamp.from(now), reasons, String.join(",", keptAsEdited), id)
            .update()
        == 1;
  }

  void recordTeamAdded(UUID mergeId, UUID user, String role) {
    jdbc.sql("INSERT INTO child_merge_team (merge_id, user_id, role) VALUES (?, ?, ?)")
        .params(mergeId, user, role)
        .update();
  }

  List<UUID> teamAdded(UUID mergeId) {
    return jdbc.sql("SELECT user_id FROM child_merge_team WHERE merge_id = ?")
        .param(mergeId)
        .query(UUID.class)
        .list();
  }

  /** A pair, the record held longer (the lower reference) first. */
  private DuplicatePair mapPair(ResultSet rs, int n) throws SQLException {
    ChildRecord a = child(rs, "child_a");
    ChildRecord b = child(rs, "child_b");
    boolean aFirst = a.reference().compareTo(b.reference()) < 0;
    return new DuplicatePair(
        rs.getObject("id", UUID.class),
        aFirst ? a : b,
        aFirst ? b : a,
        rs.getDouble("probability"),
        Arrays.stream(rs.getString("explanation").split("\n"))
            .filter(line -> !line.isBlank())
            .map(MatchReason::parse)
            .toList(),
        rs.getTimestamp("found_at").toInstant(),
        rs.getString("status"),
        rs.getString("decided_by_name"),
        instant(rs, "decided_at"),
        rs.getString("reasons"));
  }

  private ChildMerge mapMerge(ResultSet rs, int n) throws SQLException {
    String edited = rs.getString("kept_as_edited");
    return new ChildMerge(
        rs.getObject("id", UUID.class),
        rs.getObject("duplicate_id", UUID.class),
        child(rs, "kept_child"),
        child(rs, "merged_child"),
        rs.getString("status"),
        rs.getInt("kept_version"),
        rs.getInt("merged_version"),
        rs.getObject("proposed_by", UUID.class),
        rs.getString("proposed_by_name"),
        rs.getTimestamp("proposed_at").toInstant(),
        rs.getString("proposal_reasons"),
        rs.getString("decided_by_name"),
        instant(rs, "decided_at"),
        rs.getString("decision_reasons"),
        rs.getString("unmerged_by_name"),
        instant(rs, "unmerged_at"),
        rs.getString("unmerge_reasons"),
        edited == null || edited.isEmpty() ? List.of() : Arrays.asList(edited.split(",")));
  }

  private ChildRecord child(ResultSet rs, String column) throws SQLException {
    return children.find(new ChildId(rs.getObject(column, UUID.class))).orElseThrow();
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
