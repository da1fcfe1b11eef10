package uk.harbour.disruption;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Notifications;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.intelligence.Entities;
import uk.harbour.intelligence.EntitySummary;
import uk.harbour.shared.DisplayDates;

/**
 * Tells each order's lead officer, in Harbour, that it is coming up to expiry: once for each lead
 * time ({@link DisruptionProperties#reminderDays()}) and expiry date, however often it runs. When
 * more than one lead time falls due at once (an order recorded close to its expiry, or a run
 * missed), one notification is sent, for the shortest, and each is recorded as sent. Reminders are
 * kept per recipient, so a new lead officer is told afresh; when the lead officer's account is no
 * longer active, their manager is told instead (with a request to name a new lead), and when there
 * is no active manager either, nobody is, and the order's page still shows its expiry.
 */
@Service
class ExpiryReminders {

  static final String KIND = "DISRUPTION_EXPIRING";

  private final ReminderRepository reminders;
  private final ActivityRepository activities;
  private final Entities entities;
  private final Notifications notifications;
  private final Directory directory;
  private final ApplicationEventPublisher events;
  private final MessageSource messages;
  private final DisruptionProperties properties;

  ExpiryReminders(
      ReminderRepository reminders,
      ActivityRepository activities,
      Entities entities,
      Notifications notifications,
      Directory directory,
      ApplicationEventPublisher events,
      MessageSource messages,
      DisruptionProperties properties) {
    this.reminders = reminders;
    this.activities = activities;
    this.entities = entities;
    this.notifications = notifications;
    this.directory = directory;
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
      Optional<Recipient> recipient = recipientFor(activity);
      if (recipient.isEmpty()) {
        continue;
      }
      UUID to = recipient.get().user().value();
      Integer shortest = null;
      for (int days : leadTimes) {
        if (daysLeft <= days
            && !order.sentTo(to, days)
            && reminders.record(order.id(), days, order.expiresOn(), to, clock.instant())
            && shortest == null) {
          shortest = days;
        }
      }
      if (shortest != null) {
        tell(activity, recipient.get(), order.expiresOn(), daysLeft);
        events.publishEvent(
            new DisruptionOrderExpiring(
                activity.id(), activity.leadOfficer(), shortest, order.expiresOn()));
        told++;
      }
    }
    return told;
  }

  /**
   * The lead officer while their account is active; otherwise their manager, if active; otherwise
   * nobody.
   */
  private Optional<Recipient> recipientFor(Activity activity) {
    Optional<UserSummary> lead = directory.findUser(activity.leadOfficer());
    if (lead.isPresent() && lead.get().active()) {
      return Optional.of(new Recipient(lead.get().id(), null));
    }
    return lead.map(UserSummary::managerId)
        .flatMap(directory::findUser)
        .filter(UserSummary::active)
        .map(manager -> new Recipient(manager.id(), lead.get().displayName()));
  }

  private void tell(Activity activity, Recipient recipient, LocalDate expiresOn, long daysLeft) {
    String target = entities.find(activity.target()).map(EntitySummary::label).orElse("");
    Object[] arguments = {
      activity.tacticName(),
      target,
      new DisplayDates().date(expiresOn),
      daysLeft,
      recipient.insteadOf()
    };
    String text =
        messages.getMessage(
            recipient.insteadOf() == null
                ? "disruption.reminder.message"
                : "disruption.reminder.messageForManager",
            arguments,
            Locale.UK);
    notifications.send(
        recipient.user(), KIND, null, activity.id().value(), text, "/disruption/" + activity.id());
  }

  /** Who is told: the lead officer, or their manager instead of a lead who is no longer active. */
  private record Recipient(uk.harbour.shared.UserId user, String insteadOf) {}
}
