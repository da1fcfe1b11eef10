package uk.harbour.disruption;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.Notifications;
import uk.harbour.intelligence.Entities;
import uk.harbour.intelligence.EntitySummary;
import uk.harbour.shared.DisplayDates;

/**
 * Tells each order's lead officer, in Harbour, that it is coming up to expiry: once for each lead
 * time ({@link DisruptionProperties#reminderDays()}) and expiry date, however often it runs. When
 * more than one lead time falls due at once (an order recorded close to its expiry, or a run
 * missed), one notification is sent, for the shortest, and each is recorded as sent.
 */
@Service
class ExpiryReminders {

  static final String KIND = "DISRUPTION_EXPIRING";

  private final ReminderRepository reminders;
  private final ActivityRepository activities;
  private final Entities entities;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;
  private final MessageSource messages;
  private final DisruptionProperties properties;

  ExpiryReminders(
      ReminderRepository reminders,
      ActivityRepository activities,
      Entities entities,
      Notifications notifications,
      ApplicationEventPublisher events,
      MessageSource messages,
      DisruptionProperties properties) {
    this.reminders = reminders;
    this.activities = activities;
    this.entities = entities;
    this.notifications = notifications;
    this.events = events;
    this.messages = messages;
    this.properties = properties;
  }

  /** Sends the reminders due on the clock's date; how many lead officers were told. */
  @Transactional
  int sendDue(Clock clock) {
    List<Integer> leadTimes = properties.reminderDays();
    if (leadTimes.isEmpty()) {
      return 0;
    }
    LocalDate today = LocalDate.now(clock.withZone(DisplayDates.ZONE));
    int told = 0;
    for (ReminderRepository.Expiring order :
        reminders.expiring(today, today.plusDays(leadTimes.get(leadTimes.size() - 1)))) {
      long daysLeft = ChronoUnit.DAYS.between(today, order.expiresOn());
      Activity activity = activities.find(order.id()).orElseThrow();
      Integer shortest = null;
      for (int days : leadTimes) {
        if (daysLeft <= days
            && !order.sent().contains(days)
            && reminders.record(
                order.id(),
                days,
                order.expiresOn(),
                activity.leadOfficer().value(),
                clock.instant())
            && shortest == null) {
          shortest = days;
        }
      }
      if (shortest != null) {
        tell(activity, order.expiresOn(), daysLeft);
        events.publishEvent(
            new DisruptionOrderExpiring(
                activity.id(), activity.leadOfficer(), shortest, order.expiresOn()));
        told++;
      }
    }
    return told;
  }

  private void tell(Activity activity, LocalDate expiresOn, long daysLeft) {
    String target = entities.find(activity.target()).map(EntitySummary::label).orElse("");
    String text =
        messages.getMessage(
            "disruption.reminder.message",
            new Object[] {
              activity.tacticName(), target, new DisplayDates().date(expiresOn), daysLeft
            },
            Locale.UK);
    notifications.send(
        activity.leadOfficer(),
        KIND,
        null,
        activity.id().value(),
        text,
        "/disruption/" + activity.id());
  }
}
