package uk.harbour.audit;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes access events in groups: one thread takes every access event waiting, appends them in one
 * transaction under the chain lock and commits once, so that one flush to disk serves many page
 * views instead of each view holding the lock through a flush of its own. Each caller waits until
 * its events have committed and gets the failure if they could not be written, so no page is shown
 * without its event on disk. A group that fails is retried one event at a time, so one unwritable
 * event fails only its own request.
 *
 * <p>It has a connection pool of its own: callers wait while still holding their pool connection,
 * and the writer must never wait for one of those.
 */
@Component
class AccessEventWriter implements AccessEventQueue, SmartLifecycle, DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(AccessEventWriter.class);
  private static final int MAX_GROUP = 500;
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final HikariDataSource pool;
  private final AuditLogRepository log;
  private final TransactionTemplate transactions;
  private volatile Thread thread;
  private volatile boolean running;

  AccessEventWriter(DataSource dataSource) {
    this.pool = DataSourceBuilder.derivedFrom(dataSource).type(HikariDataSource.class).build();
    if (dataSource instanceof HikariDataSource source) {
      // the same driver settings as the main pool (SSL options, the benchmark's counting sockets)
      pool.setDataSourceProperties(source.getDataSourceProperties());
    }
    pool.setPoolName("audit-writer");
    pool.setMaximumPoolSize(4);
    pool.setMinimumIdle(1);
    this.log = new AuditLogRepository(JdbcClient.create(pool), new JdbcTemplate(pool));
    this.transactions = new TransactionTemplate(new JdbcTransactionManager(pool));
  }

  @Override
  public void appendAll(List<TransactionAudit.Entry> entries) {
    List<Pending> mine = entries.stream().map(Pending::new).toList();
    if (running) {
      queue.addAll(mine);
      if (!running) {
        writeWhatIsLeft(); // stopped meanwhile: the writer may have finished before they arrived
      }
    } else {
      write(mine);
    }
    for (Pending p : mine) {
      await(p);
    }
  }

  private static void await(Pending p) {
    try {
      p.done.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("The audit event could not be written", e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("The audit event was not written within " + WAIT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while the audit event was written", e);
    }
  }

  private void run() {
    while (running || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first != null) {
          List<Pending> group = new ArrayList<>();
          group.add(first);
          queue.drainTo(group, MAX_GROUP - 1);
          write(group);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (RuntimeException | Error e) {
        LOG.error("Audit writer: unexpected failure ({})", e.getClass().getName());
      }
    }
  }

  private void write(List<Pending> group) {
    try {
      transactions.executeWithoutResult(
          status -> {
            List<StoredEvent> stored =
                log.appendAll(group.stream().map(p -> p.entry.event()).toList());
            List<java.util.UUID> children = new ArrayList<>();
            List<Long> seqs = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
              for (java.util.UUID child : group.get(i).entry.children()) {
                children.add(child);
                seqs.add(stored.get(i).seq());
              }
            }
            log.indexChildren(children, seqs);
          });
      group.forEach(p -> p.done.complete(null));
    } catch (RuntimeException e) {
      if (group.size() == 1) {
        group.get(0).done.completeExceptionally(e);
      } else {
        group.forEach(p -> write(List.of(p)));
      }
    }
  }

  @Override
  public synchronized void start() {
    if (!running) {
      running = true;
      Thread t = new Thread(this::run, "audit-writer");
      t.setDaemon(true);
      thread = t;
      t.start();
    }
  }

  @Override
  public synchronized void stop() {
    running = false;
    Thread t = thread;
    if (t != null) {
      try {
        t.join(WAIT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    writeWhatIsLeft();
  }

  private void writeWhatIsLeft() {
    List<Pending> left = new ArrayList<>();
    queue.drainTo(left);
    if (!left.isEmpty()) {
      write(left);
    }
  }

  @Override
  public void destroy() {
    pool.close();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Starts before the web server and stops after it, so no request finds it stopped. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 4096;
  }

  private static final class Pending {
    final TransactionAudit.Entry entry;
    final CompletableFuture<Void> done = new CompletableFuture<>();

    Pending(TransactionAudit.Entry entry) {
      this.entry = entry;
    }
  }
}
