package uk.harbour.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the matching index reads: every child not merged into another, and those changed since a
 * moment by the database's clock.
 */
@Repository
class ChildIndexRepository {

  private final JdbcClient jdbc;

  ChildIndexRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Every child not merged into another, for the matching index; callers must not show these
   * without a reason.
   */
  List<ChildRecord> all() {
    return jdbc.sql(
            "SELECT "
                + ChildRows.COLUMNS
                + " FROM child c WHERE "
                + ChildRows.ACTIVE
                + " ORDER BY c.reference")
        .query(ChildRows::map)
        .list();
  }

  /**
   * Every child, merged or not, changed at or after {@code since} by the database's clock, for
   * keeping the matching index up to date without reading every record again.
   */
  List<Changed> changedSince(Instant since) {
    return jdbc.sql(
            "SELECT " + ChildRows.COLUMNS + ", c.changed_at FROM child c WHERE c.changed_at >= ?")
        .param(Timestamp.from(since))
        .query(
            (rs, n) -> new Changed(ChildRows.map(rs, n), rs.getTimestamp("changed_at").toInstant()))
        .list();
  }

  /** A record and when the database last saw it change. */
  record Changed(ChildRecord child, Instant at) {}

  /** The database's clock now. */
  Instant databaseNow() {
    return jdbc.sql("SELECT clock_timestamp()").query(Timestamp.class).single().toInstant();
  }
}
