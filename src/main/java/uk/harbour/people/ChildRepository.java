package uk.harbour.people;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.ChildId;

/** Reads and writes the {@code child} table. Callers apply the access policy. */
@Repository
class ChildRepository {

  private static final String COLUMNS =
      "c.id, c.reference, c.first_name, c.last_name, c.other_names, c.date_of_birth,"
          + " c.approximate_age, c.sex, c.gender, c.ethnicity, c.disability, c.disability_details,"
          + " c.care_status, c.address, c.postcode, c.school, c.updated_at, c.updated_by_name,"
          + " c.version, c.merged_into";

  /** Leaves out records merged into another: they are reached only through the record kept. */
  private static final String ACTIVE = "c.merged_into IS NULL";

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
        .params(detailParams(d))
        .param("now", Timestamp.from(now))
        .param("by", by)
        .param("byName", byName)
        .update();
    return find(new ChildId(id)).orElseThrow();
  }

  /** Saves only if nobody saved since {@code version}; returns false if the record is stale. */
  boolean update(ChildId id, int version, ChildDetails d, UUID by, String byName, Instant now) {
    return jdbc.sql(
                """
                UPDATE child SET first_name = :firstName, last_name = :lastName,
                    other_names = :otherNames, date_of_birth = :dob, approximate_age = :age,
                    sex = :sex, gender = :gender, ethnicity = :ethnicity, disability = :disability,
                    disability_details = :disabilityDetails, care_status = :careStatus,
                    address = :address, postcode = :postcode, school = :school,
                    updated_at = :now, updated_by = :by, updated_by_name = :byName,
                    version = version + 1
                 WHERE id = :id AND version = :version AND merged_into IS NULL
                """)
            .params(detailParams(d))
            .param("now", Timestamp.from(now))
            .param("by", by)
            .param("byName", byName)
            .param("id", id.value())
            .param("version", version)
            .update()
        == 1;
  }

  Optional<ChildRecord> find(ChildId id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM child c WHERE c.id = ?")
        .param(id.value())
        .query(ChildRepository::map)
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

  /**
   * Children matching the criteria among those {@code visibility} allows, by last then first name.
   *
   * @param visibility a SQL condition on {@code c.id} with a {@code :viewer} parameter
   */
  List<ChildRecord> search(
      ChildSearch criteria, String visibility, UUID viewer, int limit, int offset) {
    List<String> where = new ArrayList<>();
    where.add(visibility);
    where.add(ACTIVE);
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM child c WHERE ");
    List<String> tokens = criteria.nameTokens();
    for (int i = 0; i < tokens.size(); i++) {
      where.add(
          "(c.first_name ILIKE :t"
              + i
              + " OR c.last_name ILIKE :t"
              + i
              + " OR coalesce(c.other_names, '') ILIKE :t"
              + i
              + ")");
    }
    if (criteria.dateOfBirth() != null) {
      where.add("c.date_of_birth = :dob");
    }
    sql.append(String.join(" AND ", where))
        .append(" ORDER BY lower(c.last_name), lower(c.first_name), c.reference")
        .append(" LIMIT :limit OFFSET :offset");
    JdbcClient.StatementSpec spec = jdbc.sql(sql.toString()).param("viewer", viewer);
    for (int i = 0; i < tokens.size(); i++) {
      spec = spec.param("t" + i, "%" + escapeLike(tokens.get(i)) + "%");
    }
    if (criteria.dateOfBirth() != null) {
      spec = spec.param("dob", Date.valueOf(criteria.dateOfBirth()));
    }
    return spec.param("limit", limit).param("offset", offset).query(ChildRepository::map).list();
  }

  /**
   * Those of these children, not merged into another, that {@code visibility} allows: the access
   * rule applied in SQL to ids the matching index suggested.
   *
   * @param visibility a SQL condition on {@code c.id} with a {@code :viewer} parameter
   */
  List<ChildRecord> visibleAmong(String visibility, UUID viewer, java.util.Collection<UUID> ids) {
    return among(visibility + " AND " + ACTIVE, viewer, ids);
  }

  /**
   * Those of these children, not merged into another, that {@code visibility} does NOT allow: for
   * the break-glass search, which offers only records the user cannot otherwise see.
   *
   * @param visibility a SQL condition on {@code c.id} with a {@code :viewer} parameter
   */
  List<ChildRecord> notVisibleAmong(
      String visibility, UUID viewer, java.util.Collection<UUID> ids) {
    return among("NOT (" + visibility + ") AND " + ACTIVE, viewer, ids);
  }

  /** Children whose team the viewer is in, among those {@code visibility} allows. */
  List<ChildRecord> withIds(String visibility, UUID viewer, java.util.Collection<UUID> ids) {
    return among(visibility, viewer, ids);
  }

  /** Those of these children that meet {@code condition}, which may use {@code :viewer}. */
  private List<ChildRecord> among(String condition, UUID viewer, java.util.Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM child c WHERE " + condition + " AND c.id IN (:ids)")
        .param("viewer", viewer)
        .param("ids", ids)
        .query(ChildRepository::map)
        .list();
  }

  List<ChildRecord> inTeamOf(String visibility, UUID viewer, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM child c WHERE "
                + visibility
                + " AND "
                + ACTIVE
                + " AND c.id IN (SELECT child_id FROM team_member WHERE user_id = :viewer)"
                + " ORDER BY lower(c.last_name), lower(c.first_name) LIMIT :limit")
        .param("viewer", viewer)
        .param("limit", limit)
        .query(ChildRepository::map)
        .list();
  }

  /**
   * Every child not merged into another, for the matching index; callers must not show these
   * without a reason.
   */
  List<ChildRecord> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM child c WHERE " + ACTIVE + " ORDER BY c.reference")
        .query(ChildRepository::map)
        .list();
  }

  /**
   * Every child, merged or not, changed at or after {@code since} by the database's clock, for
   * keeping the matching index up to date without reading every record again.
   */
  List<Changed> changedSince(Instant since) {
    return jdbc.sql("SELECT " + COLUMNS + ", c.changed_at FROM child c WHERE c.changed_at >= ?")
        .param(Timestamp.from(since))
        .query((rs, n) -> new Changed(map(rs, n), rs.getTimestamp("changed_at").toInstant()))
        .list();
  }

  /** A record and when the database last saw it change. */
  record Changed(ChildRecord child, Instant at) {}

  /** The database's clock now. */
  Instant databaseNow() {
    return jdbc.sql("SELECT clock_timestamp()").query(Timestamp.class).single().toInstant();
  }

  /** Children that were merged into this one, oldest merge first. */
  List<ChildRecord> mergedInto(ChildId kept) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM child c WHERE c.merged_into = ? ORDER BY c.reference")
        .param(kept.value())
        .query(ChildRepository::map)
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
      ChildId wasMergedInto,
      ChildDetails d,
      ChildId mergedInto,
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
            .params(detailParams(d))
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
        .params(detailParams(d))
        .update();
  }

  ChildDetails snapshot(UUID mergeId, String which) {
    return jdbc.sql("SELECT * FROM child_merge_snapshot WHERE merge_id = ? AND which = ?")
        .params(mergeId, which)
        .query((rs, n) -> details(rs))
        .single();
  }

  /** How many children the viewer may see: the count is scoped inside the query too. */
  int countVisible(String visibility, UUID viewer) {
    return jdbc.sql("SELECT count(*) FROM child c WHERE " + visibility + " AND " + ACTIVE)
        .param("viewer", viewer)
        .query(Integer.class)
        .single();
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static java.util.Map<String, Object> detailParams(ChildDetails d) {
    java.util.Map<String, Object> p = new java.util.HashMap<>();
    p.put("firstName", d.firstName());
    p.put("lastName", d.lastName());
    p.put("otherNames", d.otherNames());
    p.put("dob", d.dateOfBirth() == null ? null : Date.valueOf(d.dateOfBirth()));
    p.put("age", d.approximateAge());
    p.put("sex", name(d.sex()));
    p.put("gender", d.gender());
    p.put("ethnicity", name(d.ethnicity()));
    p.put("disability", name(d.disability()));
    p.put("disabilityDetails", d.disabilityDetails());
    p.put("careStatus", name(d.careStatus()));
    p.put("address", d.address());
    p.put("postcode", d.postcode());
    p.put("school", d.school());
    return p;
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }

  private static ChildRecord map(ResultSet rs, int row) throws SQLException {
    UUID mergedInto = rs.getObject("merged_into", UUID.class);
    return new ChildRecord(
        new ChildId(rs.getObject("id", UUID.class)),
        rs.getString("reference"),
        details(rs),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by_name"),
        rs.getInt("version"),
        mergedInto == null ? null : new ChildId(mergedInto));
  }

  private static ChildDetails details(ResultSet rs) throws SQLException {
    Date dob = rs.getDate("date_of_birth");
    LocalDate dateOfBirth = dob == null ? null : dob.toLocalDate();
    Integer age = (Integer) rs.getObject("approximate_age");
    return new ChildDetails(
        rs.getString("first_name"),
        rs.getString("last_name"),
        rs.getString("other_names"),
        dateOfBirth,
        age,
        parse(Sex.class, rs.getString("sex")),
        rs.getString("gender"),
        parse(Ethnicity.class, rs.getString("ethnicity")),
        parse(Disability.class, rs.getString("disability")),
        rs.getString("disability_details"),
        parse(CareStatus.class, rs.getString("care_status")),
        rs.getString("address"),
        rs.getString("postcode"),
        rs.getString("school"));
  }
}
