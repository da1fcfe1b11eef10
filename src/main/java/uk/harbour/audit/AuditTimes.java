package uk.harbour.audit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Shows audit times to people, in the display zone (UK time by default), to the second. Templates
 * call it as {@code ${@auditTimes.format(instant)}}.
 */
@Component("auditTimes")
class AuditTimes {

  private final DateTimeFormatter formatter;
  private final DateTimeFormatter minute;
  private final DateTimeFormatter clock;
  private final DateTimeFormatter day;
  private final java.time.ZoneId zone;

  AuditTimes(AuditProperties properties) {
    this.zone = properties.displayZone();
    this.formatter = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK).withZone(zone);
    this.minute = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(zone);
    this.clock = DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(zone);
    this.day = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(zone);
  }

  public String format(Instant instant) {
    return instant == null ? "" : formatter.format(instant);
  }

  /** The day and time to the minute ({@code 3 Mar 2026, 10:02}). */
  public String minute(Instant instant) {
    return instant == null ? "" : minute.format(instant);
  }

  /** The time of day, to the minute ({@code 10:02}), for a row that stands for several times. */
  public String clock(Instant instant) {
    return instant == null ? "" : clock.format(instant);
  }

  /** The day ({@code 3 Mar 2026}). */
  public String day(Instant instant) {
    return instant == null ? "" : day.format(instant);
  }

  /** Whether both instants show as the same minute. */
  public boolean sameMinute(Instant a, Instant b) {
    return clock(a).equals(clock(b)) && sameDay(a, b);
  }

  /** Whether both instants fall on the same day in the display zone. */
  public boolean sameDay(Instant a, Instant b) {
    return a.atZone(zone).toLocalDate().equals(b.atZone(zone).toLocalDate());
  }
}
