package uk.harbour.people;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Lists of children a viewer may see (search, their teams' children, given ids) and how many: the
 * access rule is passed in as SQL and applied inside each query (docs/adr/003).
 */
@Repository
class ChildSearchRepository {

  private final JdbcClient jdbc;

  ChildSearchRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
    where.add(ChildRows.ACTIVE);
    StringBuilder sql = new StringBuilder("SELECT " + ChildRows.COLUMNS + " FROM child c WHERE ");
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
    return spec.param("limit", limit).param("offset", offset).query(ChildRows::map).list();
  }

  /**
   * Those of these children, not merged into another, that {@code visibility} allows: the access
   * rule applied in SQL to ids the matching index suggested.
   *
   * @param visibility a SQL condition on {@code c.id} with a {@code :viewer} parameter
   */
  List<ChildRecord> visibleAmong(String visibility, UUID viewer, java.util.Collection<UUID> ids) {
    return among(visibility + " AND " + ChildRows.ACTIVE, viewer, ids);
  }

  /**
   * Those of these children, not merged into another, that {@code visibility} does NOT allow: for
   * the break-glass search, which offers only records the user cannot otherwise see.
   *
   * @param visibility a SQL condition on {@code c.id} with a {@code :viewer} parameter
   */
  List<ChildRecord> notVisibleAmong(
      String visibility, UUID viewer, java.util.Collection<UUID> ids) {
    return among("NOT (" + visibility + ") AND " + ChildRows.ACTIVE, viewer, ids);
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
            "SELECT "
                + ChildRows.COLUMNS
                + " FROM child c WHERE "
                + condition
                + " AND c.id IN (:ids)")
        .param("viewer", viewer)
        .param("ids", ids)
        .query(ChildRows::map)
        .list();
  }

  List<ChildRecord> inTeamOf(String visibility, UUID viewer, int limit) {
    return jdbc.sql(
            "SELECT "
                + ChildRows.COLUMNS
                + " FROM child c WHERE "
                + visibility
                + " AND "
                + ChildRows.ACTIVE
                + " AND c.id IN (SELECT child_id FROM team_member WHERE user_id = :viewer)"
                + " ORDER BY lower(c.last_name), lower(c.first_name) LIMIT :limit")
        .param("viewer", viewer)
        .param("limit", limit)
        .query(ChildRows::map)
        .list();
  }

  /** How many children the viewer may see: the count is scoped inside the query too. */
  int countVisible(String visibility, UUID viewer) {
    return jdbc.sql("SELECT count(*) FROM child c WHERE " + visibility + " AND " + ChildRows.ACTIVE)
        .param("viewer", viewer)
        .query(Integer.class)
        .single();
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
