package uk.harbour.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.ChildId;

/**
 * The child aggregate: reads and writes one record of the {@code child} table, and the merges and
 * unmerges rewriting it. Callers apply the access policy. Lists of children are read by {@link
 * ChildSearchRepository}, the matching index's reads by {@link ChildIndexRepository}.
 */
@Repository
class ChildRepository {

  private final JdbcClient jdbc;

  ChildRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  ChildRecord insert(ChildDetails d, UUID by, String byName, Instant now) {
    UUID id = UUID.randomUUID();
    long number = jdbc.sql("SELECT nextval('child_reference_seq')").query(Long.class).single();
    String reference = String.format(Locale.ROOT, "HBR-%06d", number);
    jdbc.sql(
            """
            INSERT INTO child (id, reference, first_name, last_name, other_names, date_of_birth,
                approximate_age, sex, gender, ethnicity, disability, disability_details,
                care_status, address, postcode, school, created_at, created_by, updated_at,
                updated_by, updated_by_name, version)
            VALUES (:id, :reference, :firstName, :lastName, :otherNames, :dob, :age, :sex, :gender,
                :ethnicity, :disability, :disabilityDetails, :careStatus, :address, :postcode,
                :school, :now, :by, :now, :by, :byName, 0)
            """)
        .param("id", id)
        .param("reference", reference)
        .params(ChildRows.params(d))
        .param("now", Timestamp.from(now))
        .param("by", by)
        .param("byName", byName)
        .update();
    return find(new ChildId(id)).orElseThrow();
  }

  /** Saves only if nobody saved since {@code version}; returns false if the record is stale. */
  boolean update(ChildId id, int version, ChildDetails d, UUID by, String byName, Instant now) {
    return rewrite(id, version, null, d, null, by, byName, now);
  }

  Optional<ChildRecord> find(ChildId id) {
    return jdbc.sql("SELECT " + ChildRows.COLUMNS + " FROM child c WHERE c.id = ?")
        .param(id.value())
        .query(ChildRows::map)
        .optional();
  }

  Optional<ChildId> idForReference(String reference) {
    return jdbc.sql("SELECT id FROM child WHERE reference = ?")
        .param(reference)
        .query(UUID.class)
        .optional()
        .map(ChildId::new);
  }

  /**
   * The record held now in place of this one: itself if it was never merged, otherwise the record
   * at the end of its merged_into chain.
   */
  Optional<ChildRecord> held(ChildId id) {
    Optional<ChildRecord> found = find(id);
    for (int step = 0; step < 100 && found.isPresent() && found.get().merged(); step++) {
      found = find(found.get().mergedInto());
    }
    return found;
  }

  boolean exists(ChildId id) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM child WHERE id = ?)")
        .param(id.value())
        .query(Boolean.class)
        .single();
  }

  /** Children that were merged into this one, oldest merge first. */
  List<ChildRecord> mergedInto(ChildId kept) {
    return jdbc.sql(
            "SELECT "
                + ChildRows.COLUMNS
                + " FROM child c WHERE c.merged_into = ? ORDER BY c.reference")
        .param(kept.value())
        .query(ChildRows::map)
        .list();
  }

  /**
   * Writes a merge or an unmerge: the identity details (as given) and where the record now points,
   * if nobody saved since {@code version} and the record still points where the caller expects
   * ({@code wasMergedInto}, null for a record held in its own right); returns false otherwise.
   */
  boolean rewrite(
      ChildId id,
      int version,
      @Nullable ChildId wasMergedInto,
      ChildDetails d,
      @Nullable ChildId mergedInto,
      UUID by,
      String byName,
      Instant now) {
    return jdbc.sql(
                """
                UPDATE child SET first_name = :firstName, last_name = :lastName,
                    other_names = :otherNames, date_of_birth = :dob, approximate_age = :age,
                    sex = :sex, gender = :gender, ethnicity = :ethnicity, disability = :disability,
                    disability_details = :disabilityDetails, care_status = :careStatus,
                    address = :address, postcode = :postcode, school = :school,
                    merged_into = :mergedInto, updated_at = :now, updated_by = :by,
                    updated_by_name = :byName, version = version + 1
                 WHERE id = :id AND version = :version
                   AND merged_into IS NOT DISTINCT FROM :wasMergedInto
                """)
            .params(ChildRows.params(d))
            .param("mergedInto", mergedInto == null ? null : mergedInto.value())
            .param("wasMergedInto", wasMergedInto == null ? null : wasMergedInto.value())
            .param("now", Timestamp.from(now))
            .param("by", by)
            .param("byName", byName)
            .param("id", id.value())
            .param("version", version)
            .update()
        == 1;
  }

  /** Keeps a copy of a record's identity details as they were at a merge. */
  void saveSnapshot(UUID mergeId, String which, ChildDetails d) {
    jdbc.sql(
            """
            INSERT INTO child_merge_snapshot (merge_id, which, first_name, last_name, other_names,
                date_of_birth, approximate_age, sex, gender, ethnicity, disability,
                disability_details, care_status, address, postcode, school)
            VALUES (:mergeId, :which, :firstName, :lastName, :otherNames, :dob, :age, :sex,
                :gender, :ethnicity, :disability, :disabilityDetails, :careStatus, :address,
                :postcode, :school)
            """)
        .param("mergeId", mergeId)
        .param("which", which)
        .params(ChildRows.params(d))
        .update();
  }

  ChildDetails snapshot(UUID mergeId, String which) {
    return jdbc.sql("SELECT * FROM child_merge_snapshot WHERE merge_id = ? AND which = ?")
        .params(mergeId, which)
        .query((rs, n) -> ChildRows.details(rs))
        .single();
  }
}
