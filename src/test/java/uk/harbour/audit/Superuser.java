package uk.harbour.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import uk.harbour.testing.DatabaseSuperuser;

/**
 * A connection to the embedded test database as the PostgreSQL superuser, which (unlike Harbour's
 * own role) can change and delete audit events: what an attacker with database access could do. It
 * signs in with the generated password, read from {@code <data dir>/postgres.pgpass} as psql would.
 */
final class Superuser {

  private final DatabaseSuperuser superuser;

  /**
   * @param dataDir the test's {@code harbour.data-dir}
   */
  Superuser(int port, String dataDir) {
    this.superuser = new DatabaseSuperuser(port, dataDir);
  }

  /** Runs one statement with positional parameters; returns the number of rows changed. */
  int execute(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Superuser statement failed: " + sql, e);
    }
  }

  /**
   * Deletes every audit event after {@code seq} (and their rows in the child index, and with {@code
   * checkpointsToo} the checkpoint rows naming them), as an attacker with the owner's or the
   * superuser's rights would, holding the chain lock so nothing is appended meanwhile. Closing the
   * result puts everything back exactly as it was and releases the lock.
   */
  TailCut cutTailAfter(long seq, boolean checkpointsToo) {
    try {
      Connection c = connect();
      query(c, "SELECT pg_advisory_lock(" + AuditLogRepository.CHAIN_LOCK + ")");
      return new TailCut(c, seq, checkpointsToo);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The newest events removed by {@link #cutTailAfter}, until closed. */
  static final class TailCut implements AutoCloseable {
    private final Connection c;
    private final long after;
    private final java.util.List<java.util.List<Object>> events;
    private final java.util.List<java.util.List<Object>> index;
    private final java.util.List<java.util.List<Object>> checkpoints;

    private TailCut(Connection c, long after, boolean checkpointsToo) throws SQLException {
      this.c = c;
      this.after = after;
      this.events = rows(c, "SELECT " + StoredEvent.COLUMNS + " FROM audit_event WHERE seq > ?");
      this.index = rows(c, "SELECT child_id, seq FROM audit_event_child WHERE seq > ?");
      this.checkpoints =
          checkpointsToo
              ? rows(
                  c,
                  "SELECT id, seq, hash, recorded_at, signature FROM audit_checkpoint"
                      + " WHERE seq > ?")
              : java.util.List.of();
      update(c, "DELETE FROM audit_event_child WHERE seq > ?", after);
      if (checkpointsToo) {
        update(c, "DELETE FROM audit_checkpoint WHERE seq > ?", after);
      }
      update(c, "DELETE FROM audit_event WHERE seq > ?", after);
    }

    int removed() {
      return events.size();
    }

    @Override
    public void close() {
      try {
        insert("audit_event", StoredEvent.COLUMNS, events);
        insert("audit_event_child", "child_id, seq", index);
        insert("audit_checkpoint", "id, seq, hash, recorded_at, signature", checkpoints);
        query(c, "SELECT pg_advisory_unlock(" + AuditLogRepository.CHAIN_LOCK + ")");
        c.close();
      } catch (SQLException e) {
        throw new IllegalStateException("Could not put back the events after seq=" + after, e);
      }
    }

    private java.util.List<java.util.List<Object>> rows(Connection c, String sql)
        throws SQLException {
      java.util.List<java.util.List<Object>> rows = new java.util.ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setLong(1, after);
        try (var rs = s.executeQuery()) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            java.util.List<Object> row = new java.util.ArrayList<>();
            for (int i = 1; i <= columns; i++) {
              row.add(rs.getObject(i));
            }
            rows.add(row);
          }
        }
      }
      return rows;
    }

    private void insert(String table, String columns, java.util.List<java.util.List<Object>> rows)
        throws SQLException {
      for (java.util.List<Object> row : rows) {
        insertRow(c, table, columns, row);
      }
    }
  }

  /**
   * Writes an event back exactly as it was stored (its seq and hash too), as an attacker with the
   * superuser's rights could: how a test puts back an event it deleted.
   */
  void restore(StoredEvent e) {
    try (Connection c = connect()) {
      insertRow(c, "audit_event", StoredEvent.COLUMNS, StoredEvents.columnValues(e));
    } catch (SQLException ex) {
      throw new IllegalStateException("Could not put back event seq=" + e.seq(), ex);
    }
  }

  private static void insertRow(
      Connection c, String table, String columns, java.util.List<Object> row) throws SQLException {
    String marks = String.join(", ", java.util.Collections.nCopies(row.size(), "?"));
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO "
                + table
                + " ("
                + columns
                + ") OVERRIDING SYSTEM VALUE VALUES ("
                + marks
                + ")")) {
      for (int i = 0; i < row.size(); i++) {
        s.setObject(i + 1, row.get(i));
      }
      s.executeUpdate();
    }
  }

  private static void query(Connection c, String sql) throws SQLException {
    try (var s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
    }
  }

  private static void update(Connection c, String sql, long value) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, value);
      s.executeUpdate();
    }
  }

  Connection connect() throws SQLException {
    return superuser.connect();
  }
}
