package uk.harbour.intake;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Lengths of time in words: "35 minutes", "5 hours", "2 days 3 hours". */
@Component
class Durations {

  private final MessageSource messages;

  Durations(MessageSource messages) {
    this.messages = messages;
  }

  String describe(Duration duration) {
    if (duration == null) {
      return "";
    }
    Duration d = duration.isNegative() ? Duration.ZERO : duration;
    long days = d.toDays();
    long hours = d.toHoursPart();
    if (days > 0) {
      return hours == 0
          ? message("intake.duration.days", days)
          : message("intake.duration.daysHours", days, hours);
    }
    if (d.toHours() > 0) {
      return message("intake.duration.hours", d.toHours());
    }
    return message("intake.duration.minutes", d.toMinutes());
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }
}
