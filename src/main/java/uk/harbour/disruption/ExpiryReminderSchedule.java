package uk.harbour.disruption;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the expiry reminders every morning (property {@code harbour.disruption.reminder-cron},
 * default 07:00 UK time) and once when Harbour starts. Reminders already sent are never sent again,
 * so a rerun is harmless.
 */
@Configuration
@EnableScheduling
@ConditionalOnWebApplication
class ExpiryReminderSchedule {

  private static final Logger log = LoggerFactory.getLogger(ExpiryReminderSchedule.class);

  private final ExpiryReminders reminders;
  private final Clock clock;

  ExpiryReminderSchedule(ExpiryReminders reminders, Clock clock) {
    this.reminders = reminders;
    this.clock = clock;
  }

  /** Also once at start, so reminders due while Harbour was stopped are not a day late. */
  @org.springframework.context.event.EventListener(
      org.springframework.boot.context.event.ApplicationReadyEvent.class)
  void onStart() {
    daily();
  }

  @Scheduled(cron = "${harbour.disruption.reminder-cron:0 0 7 * * *}", zone = "Europe/London")
  void daily() {
    try {
      log.info("Disruption expiry reminders sent: {}", reminders.sendDue(clock));
    } catch (RuntimeException e) {
      log.warn("Disruption expiry reminders failed: {}", e.getClass().getSimpleName());
    }
  }
}
