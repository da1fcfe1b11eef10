package uk.harbour.shared;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * Several queries a repository needs together, sent to PostgreSQL as one statement list and
 * answered in one round trip (the driver sends every query, then waits once). Each query keeps its
 * own SQL, parameters ({@code ?} in order, or {@code :name}) and row mapper; {@link #run()} fills
 * every {@link Result}. Use it inside the caller's transaction like any other query. Every
 * statement must return rows (a query, or a function called with {@code SELECT ... FROM f(...)}).
 *
 * <pre>{@code
 * BatchedReads reads = new BatchedReads(jdbc);
 * BatchedReads.Result<Plan> plan = reads.add("SELECT ... WHERE case_id = ?", List.of(id), PLAN);
 * BatchedReads.Result<Action> actions = reads.add("SELECT ... WHERE case_id = ?", List.of(id), ACTION);
 * reads.run();
 * plan.optional(); actions.rows();
 * }</pre>
 */
public final class BatchedReads {

  private final JdbcOperations jdbc;
  private final List<Result<?>> queries = new ArrayList<>();
  private boolean ran;

  public BatchedReads(JdbcOperations jdbc) {
    this.jdbc = Objects.requireNonNull(jdbc);
  }

  /**
   * Adds a query with named parameters ({@code :name}); its rows are in the result once {@link
   * #run()} has run.
   */
  public <T> Result<T> add(String sql, Map<String, ?> parameters, RowMapper<T> mapper) {
    ParsedSql parsed = NamedParameterUtils.parseSqlStatement(sql);
    MapSqlParameterSource source = new MapSqlParameterSource(parameters);
    return add(
        NamedParameterUtils.substituteNamedParameters(parsed, source),
        Arrays.asList(NamedParameterUtils.buildValueArray(parsed, source, null)),
        mapper);
  }

  /** Adds a query; its rows are in the result once {@link #run()} has run. */
  public <T> Result<T> add(String sql, List<?> parameters, RowMapper<T> mapper) {
    if (ran) {
      throw new IllegalStateException("These reads have already run");
    }
    String trimmed = sql.strip();
    if (trimmed.endsWith(";") || trimmed.isEmpty()) {
      throw new IllegalArgumentException("One query per add, without a closing semicolon");
    }
    Result<T> result =
        new Result<>(trimmed, Collections.unmodifiableList(new ArrayList<>(parameters)), mapper);
    queries.add(result);
    return result;
  }

  /** Sends every query at once and reads each one's rows. */
  public void run() {
    if (ran) {
      throw new IllegalStateException("These reads have already run");
    }
    ran = true;
    if (queries.isEmpty()) {
      return;
    }
    StringBuilder sql = new StringBuilder();
    List<Object> parameters = new ArrayList<>();
    for (Result<?> q : queries) {
      sql.append(sql.isEmpty() ? "" : ";\n").append(q.sql);
      parameters.addAll(q.parameters);
    }
    jdbc.execute(
        sql.toString(),
        (PreparedStatement statement) -> {
          for (int i = 0; i < parameters.size(); i++) {
            StatementCreatorUtils.setParameterValue(
                statement, i + 1, SqlTypeValue.TYPE_UNKNOWN, parameters.get(i));
          }
          boolean isResultSet = statement.execute();
          for (Result<?> q : queries) {
            while (!isResultSet) {
              if (statement.getUpdateCount() == -1) {
                throw new IllegalStateException("Fewer results than queries: " + q.sql);
              }
              isResultSet = statement.getMoreResults();
            }
            try (ResultSet rows = statement.getResultSet()) {
              q.read(rows);
            }
            isResultSet = statement.getMoreResults();
          }
          return null;
        });
  }

  /** The rows one query returned, once the reads have run. */
  public static final class Result<T> {
    private final String sql;
    private final List<?> parameters;
    private final RowMapper<T> mapper;
    private List<T> rows;

    private Result(String sql, List<?> parameters, RowMapper<T> mapper) {
      this.sql = sql;
      this.parameters = parameters;
      this.mapper = mapper;
    }

    private void read(ResultSet resultSet) throws java.sql.SQLException {
      List<T> read = new ArrayList<>();
      int n = 0;
      while (resultSet.next()) {
        read.add(mapper.mapRow(resultSet, n++));
      }
      rows = java.util.Collections.unmodifiableList(read);
    }

    public List<T> rows() {
      if (rows == null) {
        throw new IllegalStateException("The reads have not run");
      }
      return rows;
    }

    /** The one row, or empty; more than one is an error. */
    public java.util.Optional<T> optional() {
      List<T> all = rows();
      if (all.size() > 1) {
        throw new IncorrectResultSizeDataAccessException(1, all.size());
      }
      return all.stream().findFirst();
    }
  }
}
