package uk.harbour.missing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import uk.harbour.shared.DateInput;
import uk.harbour.shared.DisplayDates;

/**
 * A moment typed as a GOV.UK date input and a time field ("21:30", "9.30pm", "9pm"), read in UK
 * time. Errors on the date go on the date's field, on the time on {@code <field>Time}.
 */
final class WhenField {

  private static final Pattern TWENTY_FOUR = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
  private static final Pattern TWELVE =
      Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)", Pattern.CASE_INSENSITIVE);

  private WhenField() {}

  /** The boxes and the time showing a moment, or empty ones. */
  static DateInput date(@Nullable Instant at) {
    return DateInput.of(at == null ? null : LocalDate.ofInstant(at, DisplayDates.ZONE));
  }

  static String time(@Nullable Instant at) {
    if (at == null) {
      return "";
    }
    LocalTime t = LocalTime.ofInstant(at, DisplayDates.ZONE);
    return String.format("%02d:%02d", t.getHour(), t.getMinute());
  }

  /**
   * The moment typed, or null when both the date and the time are empty (and {@code missingKey} is
   * null) or anything typed is wrong, with the error rejected on the field.
   */
  static @Nullable Instant read(
      BindingResult result,
      String field,
      DateInput date,
      @Nullable String time,
      @Nullable String missingKey) {
    boolean noTime = time == null || time.isBlank();
    if (date.parts().empty() && noTime) {
      if (missingKey != null) {
        result.rejectValue(field, missingKey);
      }
      return null;
    }
    LocalDate day = date.date();
    if (day == null) {
      result.rejectValue(
          field, date.parts().empty() ? "missing.error.dateNeeded" : "missing.error.realDate");
      return null;
    }
    if (noTime) {
      result.rejectValue(field + "Time", "missing.error.timeNeeded");
      return null;
    }
    LocalTime clock = parseTime(time);
    if (clock == null) {
      result.rejectValue(field + "Time", "missing.error.realTime");
      return null;
    }
    return ZonedDateTime.of(day, clock, DisplayDates.ZONE).toInstant();
  }

  static @Nullable LocalTime parseTime(String typed) {
    String t = typed.strip();
    try {
      Matcher m = TWENTY_FOUR.matcher(t);
      if (m.matches()) {
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      m = TWELVE.matcher(t);
      if (m.matches()) {
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hour < 1 || hour > 12) {
          return null;
        }
        boolean pm = m.group(3).equalsIgnoreCase("pm");
        return LocalTime.of(hour % 12 + (pm ? 12 : 0), minute);
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return null;
  }
}
