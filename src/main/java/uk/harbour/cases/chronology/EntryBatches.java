package uk.harbour.cases.chronology;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.cases.CaseId;

/**
 * Every entry of a case matching a filter, in order, read a batch at a time as the caller iterates
 * (keyset paging: memory stays constant, and no entry is skipped or repeated), each batch with the
 * access policy applied again inside its query and its earlier wordings and notes added. See {@link
 * ChronologyRepository#all}.
 */
final class EntryBatches implements Iterator<ChronologyEntry> {

  private final JdbcClient jdbc;
  private final CaseId caseId;
  private final ChronologyFilter filter;
  private final ChronologyOrder order;
  private final ChronologyRepository.Access access;
  private final int batchSize;
  private final UnaryOperator<List<ChronologyEntry>> details;
  private Iterator<ChronologyEntry> current = Collections.emptyIterator();
  private ChronologyEntry last;
  private boolean exhausted;

  EntryBatches(
      JdbcClient jdbc,
      CaseId caseId,
      ChronologyFilter filter,
      ChronologyOrder order,
      ChronologyRepository.Access access,
      int batchSize,
      UnaryOperator<List<ChronologyEntry>> details) {
    this.jdbc = jdbc;
    this.caseId = caseId;
    this.filter = filter;
    this.order = order;
    this.access = access;
    this.batchSize = batchSize;
    this.details = details;
  }

  @Override
  public boolean hasNext() {
    if (!current.hasNext() && !exhausted) {
      List<ChronologyEntry> batch = after(last);
      exhausted = batch.size() < batchSize;
      current = details.apply(batch).iterator();
    }
    return current.hasNext();
  }

  @Override
  public ChronologyEntry next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    last = current.next();
    return last;
  }

  private List<ChronologyEntry> after(ChronologyEntry previous) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(ChronologyRepository.COLUMNS)
            .append(" FROM chronology_entry WHERE ")
            .append(ChronologyRepository.where(caseId, filter, params))
            .append(" AND case_id IN (SELECT c.id FROM cases c WHERE ")
            .append(access.visibility())
            .append(")");
    params.put(AccessPolicy.VIEWER_PARAM, access.viewer());
    if (previous != null) {
      sql.append(" AND (occurred_on, coalesce(occurred_at, recorded_at), id)")
          .append(order == ChronologyOrder.OLDEST_FIRST ? " > " : " < ")
          .append("(:afterOn, :afterAt, :afterId)");
      params.put("afterOn", Date.valueOf(previous.occurredOn()));
      params.put(
          "afterAt",
          Timestamp.from(
              previous.occurredAt() != null ? previous.occurredAt() : previous.recordedAt()));
      params.put("afterId", previous.id());
    }
    sql.append(ChronologyRepository.orderBy(order)).append(" LIMIT :limit");
    params.put("limit", batchSize);
    return jdbc.sql(sql.toString())
        .params(params)
        .query((rs, n) -> ChronologyRepository.map(rs))
        .list();
  }
}
