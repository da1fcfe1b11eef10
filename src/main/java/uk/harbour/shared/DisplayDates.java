package uk.harbour.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Dates and times as people read them, in UK time: "3 April 2026", "3 April 2026 at 14:05". Every
 * page has it as the model attribute {@code dates}: {@code ${dates.dateTime(instant)}}. Java code
 * uses {@link #ZONE} for "today".
 */
@Component("dates")
public class DisplayDates {

  /** Where Harbour's users are: every "today" and every time shown is in this zone. */
  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(ZONE);
  private static final DateTimeFormatter SHORT_DATE_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(ZONE);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(ZONE);

  public String date(@Nullable LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public String dateTime(@Nullable Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  public String shortDateTime(@Nullable Instant instant) {
    return instant == null ? "" : SHORT_DATE_TIME.format(instant);
  }

  public String time(@Nullable Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }
}
