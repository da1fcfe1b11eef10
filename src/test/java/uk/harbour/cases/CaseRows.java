package uk.harbour.cases;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.harbour.shared.ChildId;

/** Reads back what a case's pages stored, for tests that check the database after a request. */
public final class CaseRows {

  private CaseRows() {}

  /** The single value a query returns. */
  public static <T> T one(JdbcClient jdbc, Class<T> type, String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(type).single();
  }

  /** The count a query returns. */
  public static long count(JdbcClient jdbc, String sql, Object... params) {
    return one(jdbc, Long.class, sql, params);
  }

  /** The single value a query returns for the case, whose id is the query's only parameter. */
  public static <T> T one(JdbcClient jdbc, Class<T> type, String sql, CaseId id) {
    return one(jdbc, type, sql, id.value());
  }

  /** The count a query returns for the case, whose id is the query's only parameter. */
  public static long count(JdbcClient jdbc, String sql, CaseId id) {
    return one(jdbc, Long.class, sql, id);
  }

  /** How many rows of the table hang off the case's plan (by {@code plan_id}). */
  public static long inPlan(JdbcClient jdbc, String table, CaseId id) {
    return count(
        jdbc,
        "SELECT count(*) FROM " + table + " x JOIN plan p ON p.id = x.plan_id WHERE p.case_id = ?",
        id);
  }

  /**
   * How many audit events about the record meet the condition, an SQL fragment over {@code
   * audit_event} whose {@code ?} take the params.
   */
  public static long audited(
      JdbcClient jdbc, String recordType, Object recordId, String condition, Object... params) {
    Object[] all = new Object[params.length + 2];
    all[0] = recordType;
    all[1] = recordId.toString();
    System.arraycopy(params, 0, all, 2, params.length);
    return count(
        jdbc,
        "SELECT count(*) FROM audit_event WHERE record_type = ? AND record_id = ? AND " + condition,
        all);
  }

  public static ChildId childOf(JdbcClient jdbc, CaseId id) {
    return new ChildId(one(jdbc, UUID.class, "SELECT child_id FROM cases WHERE id = ?", id));
  }
}
