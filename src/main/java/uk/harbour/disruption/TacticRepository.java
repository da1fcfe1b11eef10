package uk.harbour.disruption;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.intelligence.EntityKind;

/** The tactic catalogue and every saved version of each tactic. */
@Repository
class TacticRepository {

  private static final String COLUMNS =
      "id, code, name, description, legal_basis, who_applies, who_decides, target_kinds,"
          + " min_term_amount, min_term_unit, max_term_amount, max_term_unit, notes, retired_at,"
          + " version, updated_at, updated_by_name";

  private final JdbcClient jdbc;

  TacticRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Tactic> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM disruption_tactic ORDER BY position, name")
        .query(TacticRepository::tactic)
        .list();
  }

  Optional<Tactic> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM disruption_tactic WHERE id = ?")
        .param(id)
        .query(TacticRepository::tactic)
        .optional();
  }

  Optional<Tactic> findByCode(String code) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM disruption_tactic WHERE code = ?")
        .param(code)
        .query(TacticRepository::tactic)
        .optional();
  }

  boolean nameTaken(String name, @Nullable UUID except) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM disruption_tactic WHERE lower(name) = lower(?)"
                + " AND id IS DISTINCT FROM ?)")
        .params(name, except)
        .query(Boolean.class)
        .single();
  }

  /** Adds a tactic at the end of the list, as its version 1. */
  void insert(UUID id, String code, Tactic.Words words, Instant now, String by) {
    jdbc.sql(
            """
            INSERT INTO disruption_tactic (id, code, name, description, legal_basis, who_applies,
                   who_decides, target_kinds, min_term_amount, min_term_unit, max_term_amount,
                   max_term_unit, notes, position, version, updated_at, updated_by_name)
            VALUES (:id, :code, :name, :description, :legalBasis, :whoApplies, :whoDecides,
                    :targetKinds, :minAmount, :minUnit, :maxAmount, :maxUnit, :notes,
                    (SELECT coalesce(max(position), 0) + 1 FROM disruption_tactic), 1, :now, :by)
            """)
        .param("id", id)
        .param("code", code)
        .params(wordParams(words))
        .param("now", Timestamp.from(now))
        .param("by", by)
        .update();
    keepVersion(id);
  }

  /** Saves new words if the tactic is still at {@code version}; false if it is not. */
  boolean update(UUID id, int version, Tactic.Words words, Instant now, String by) {
    int rows =
        jdbc.sql(
                """
                UPDATE disruption_tactic SET name = :name, description = :description,
                       legal_basis = :legalBasis, who_applies = :whoApplies,
                       who_decides = :whoDecides, target_kinds = :targetKinds,
                       min_term_amount = :minAmount, min_term_unit = :minUnit,
                       max_term_amount = :maxAmount, max_term_unit = :maxUnit, notes = :notes,
                       version = version + 1, updated_at = :now, updated_by_name = :by
                 WHERE id = :id AND version = :version
                """)
            .params(wordParams(words))
            .param("now", Timestamp.from(now))
            .param("by", by)
            .param("id", id)
            .param("version", version)
            .update();
    if (rows == 1) {
      keepVersion(id);
    }
    return rows == 1;
  }

  /** Retires (or brings back) the tactic if it is still at {@code version}. */
  boolean retire(UUID id, int version, boolean retire, Instant now, String by) {
    int rows =
        jdbc.sql(
                """
                UPDATE disruption_tactic SET retired_at = ?, version = version + 1,
                       updated_at = ?, updated_by_name = ?
                 WHERE id = ? AND version = ?
                """)
            .params(retire ? Timestamp.from(now) : null, Timestamp.from(now), by, id, version)
            .update();
    if (rows == 1) {
      keepVersion(id);
    }
    return rows == 1;
  }

  int versions(UUID id) {
    return jdbc.sql("SELECT count(*) FROM disruption_tactic_version WHERE tactic_id = ?")
        .param(id)
        .query(Integer.class)
        .single();
  }

  private void keepVersion(UUID id) {
    jdbc.sql(
            """
            INSERT INTO disruption_tactic_version (tactic_id, version, name, description,
                   legal_basis, who_applies, who_decides, target_kinds, min_term_amount,
                   min_term_unit, max_term_amount, max_term_unit, notes, retired_at, saved_at,
                   saved_by_name)
            SELECT id, version, name, description, legal_basis, who_applies, who_decides,
                   target_kinds, min_term_amount, min_term_unit, max_term_amount, max_term_unit,
                   notes, retired_at, updated_at, updated_by_name
              FROM disruption_tactic WHERE id = ?
            """)
        .param(id)
        .update();
  }

  private static java.util.Map<String, @Nullable Object> wordParams(Tactic.Words w) {
    java.util.Map<String, @Nullable Object> p = new java.util.HashMap<>();
    p.put("name", w.name());
    p.put("description", w.description());
    p.put("legalBasis", w.legalBasis());
    p.put("whoApplies", w.whoApplies());
    p.put("whoDecides", w.whoDecides());
    p.put(
        "targetKinds",
        w.targetKinds().stream().map(EntityKind::name).collect(Collectors.joining(",")));
    p.put("minAmount", w.minTermAmount());
    p.put("minUnit", w.minTermUnit() == null ? null : w.minTermUnit().name());
    p.put("maxAmount", w.maxTermAmount());
    p.put("maxUnit", w.maxTermUnit() == null ? null : w.maxTermUnit().name());
    p.put("notes", w.notes());
    return p;
  }

  private static Tactic tactic(ResultSet rs, int n) throws SQLException {
    Timestamp retired = rs.getTimestamp("retired_at");
    return new Tactic(
        rs.getObject("id", UUID.class),
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("description"),
        rs.getString("legal_basis"),
        rs.getString("who_applies"),
        rs.getString("who_decides"),
        Arrays.stream(rs.getString("target_kinds").split(","))
            .filter(s -> !s.isBlank())
            .map(EntityKind::valueOf)
            .toList(),
        rs.getObject("min_term_amount", Integer.class),
        unit(rs.getString("min_term_unit")),
        rs.getObject("max_term_amount", Integer.class),
        unit(rs.getString("max_term_unit")),
        rs.getString("notes"),
        retired == null ? null : retired.toInstant(),
        rs.getInt("version"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by_name"));
  }

  private static @Nullable TermUnit unit(@Nullable String value) {
    return value == null ? null : TermUnit.valueOf(value);
  }
}
