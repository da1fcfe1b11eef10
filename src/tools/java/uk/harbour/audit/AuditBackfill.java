package uk.harbour.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends synthetic past activity to the audit trail in bulk, for the synthetic data generator
 * only: each batch runs in its own transaction under the same chain lock as {@code
 * AuditLogRepository}, links its first event to the last one stored and streams the rest with COPY.
 * The chain stays exactly as {@code audit verify} expects: gapless seq, each previous hash the hash
 * of the event before.
 *
 * <p>It connects as the owner role that runs the migrations ({@code spring.flyway.*}), because the
 * application role may append events only one at a time through {@code append_audit_event} and may
 * never write seqs of its own (docs/adr/012).
 */
@Service
public class AuditBackfill {

  private final AuditLogRepository log;
  private final DataSource dataSource;
  private final TransactionTemplate transaction;

  @org.springframework.beans.factory.annotation.Autowired
  AuditBackfill(Environment environment) {
    this(ownerDataSource(environment));
  }

  private AuditBackfill(DataSource owner) {
    this.dataSource = owner;
    this.log = new AuditLogRepository(JdbcClient.create(owner), new JdbcTemplate(owner));
    this.transaction = new TransactionTemplate(new JdbcTransactionManager(owner));
  }

  /**
   * The migration owner's connection: Flyway's settings, or the datasource's where Flyway has none.
   */
  private static DataSource ownerDataSource(Environment env) {
    String url = env.getProperty("spring.flyway.url", env.getProperty("spring.datasource.url"));
    String user = env.getProperty("spring.flyway.user");
    String password = env.getProperty("spring.flyway.password");
    if (user == null || user.isBlank()) {
      user = env.getProperty("spring.datasource.username");
      password = env.getProperty("spring.datasource.password");
    }
    return new DriverManagerDataSource(url, user, password);
  }

  /**
   * Appends every event {@code events} gives, {@code batchSize} per transaction.
   *
   * @param progress told the running total after each batch
   * @return how many events were appended
   */
  public long append(Iterator<BackfillEvent> events, int batchSize, LongConsumer progress) {
    long total = 0;
    while (events.hasNext()) {
      Long appended = transaction.execute(status -> appendBatch(events, batchSize));
      total += appended;
      progress.accept(total);
    }
    return total;
  }

  private long appendBatch(Iterator<BackfillEvent> events, int batchSize) {
    AuditLogRepository.Link last =
        log.lockAndReadLast().orElse(new AuditLogRepository.Link(0, AuditHash.GENESIS));
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      CopyRows rows =
          new CopyRows(
              connection.unwrap(PGConnection.class).getCopyAPI().copyIn(CopyRows.COPY_SQL));
      long seq = last.seq();
      String prevHash = last.hash();
      List<UUID> children = new ArrayList<>();
      List<Long> seqs = new ArrayList<>();
      for (int i = 0; i < batchSize && events.hasNext(); i++) {
        BackfillEvent next = events.next();
        StoredEvent stored = next.linked(++seq, prevHash);
        rows.add(stored);
        prevHash = stored.hash();
        if (next.childId() != null) {
          children.add(next.childId());
          seqs.add(seq);
        }
      }
      long appended = rows.finish();
      log.indexChildren(children, seqs);
      return appended;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not append synthetic audit events", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }
}
