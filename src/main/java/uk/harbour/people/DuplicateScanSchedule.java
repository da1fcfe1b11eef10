package uk.harbour.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Looks for possible duplicates among the children held: every night (property {@code
 * harbour.duplicates.scan-cron}, default 02:30) and once soon after start, in the background, so
 * the queue is never older than a day. Screening officers can also run it from the queue.
 */
@Configuration
@EnableScheduling
@ConditionalOnWebApplication
class DuplicateScanSchedule {

  private static final Logger log = LoggerFactory.getLogger(DuplicateScanSchedule.class);

  private final Duplicates duplicates;
  private final boolean scanOnStart;

  DuplicateScanSchedule(
      Duplicates duplicates, @Value("${harbour.duplicates.scan-on-start:true}") boolean onStart) {
    this.duplicates = duplicates;
    this.scanOnStart = onStart;
  }

  @Scheduled(cron = "${harbour.duplicates.scan-cron:0 30 2 * * *}", zone = "Europe/London")
  void nightly() {
    run();
  }

  @EventListener(ApplicationReadyEvent.class)
  void afterStart() {
    if (scanOnStart) {
      Thread thread = new Thread(this::run, "duplicate-scan");
      thread.setDaemon(true);
      thread.start();
    }
  }

  private void run() {
    try {
      int pairs = duplicates.scan();
      log.info("Duplicate scan finished: {} possible pairs", pairs);
    } catch (RuntimeException e) {
      log.warn("Duplicate scan failed: {}", e.getClass().getSimpleName());
    }
  }
}
