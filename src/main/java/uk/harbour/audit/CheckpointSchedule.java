package uk.harbour.audit;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Records a signed audit checkpoint every {@code HARBOUR_AUDIT_CHECKPOINT_INTERVAL} (5 minutes by
 * default) while Harbour serves pages, when events were added since the last one, and a last one as
 * Harbour stops, after the audit writer has written its last events. Commands (such as {@code audit
 * verify}) never take one on their own.
 */
@Component
@ConditionalOnWebApplication
class CheckpointSchedule implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

  private final AuditCheckpoints checkpoints;
  private final CheckpointProperties properties;
  private volatile ScheduledExecutorService scheduler;

  CheckpointSchedule(AuditCheckpoints checkpoints, CheckpointProperties properties) {
    this.checkpoints = checkpoints;
    this.properties = properties;
  }

  @Override
  public synchronized void start() {
    long every = properties.interval().toMillis();
    if (every <= 0 || scheduler != null) {
      return;
    }
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "audit-checkpoint");
              t.setDaemon(true);
              return t;
            });
    scheduler.scheduleWithFixedDelay(this::checkpoint, every, every, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (scheduler == null) {
      return;
    }
    scheduler.shutdownNow();
    scheduler = null;
    checkpoint();
  }

  private void checkpoint() {
    try {
      checkpoints.takeIfMoved();
    } catch (RuntimeException e) {
      log.error("Audit checkpoint could not be recorded: {}", e.getMessage());
    }
  }

  @Override
  public boolean isRunning() {
    return scheduler != null;
  }

  /** Stops after the audit writer ({@link AccessEventWriter}), so its last events are covered. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 8192;
  }
}
