package uk.harbour.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The three boxes of a GOV.UK date input, as typed. */
public record DateParts(@Nullable String day, @Nullable String month, @Nullable String year) {

  public static DateParts of(@Nullable String day, @Nullable String month, @Nullable String year) {
    return new DateParts(blankToNull(day), blankToNull(month), blankToNull(year));
  }

  /** Nothing typed in any box. */
  public boolean empty() {
    return day == null && month == null && year == null;
  }

  /** Something typed in every box. */
  public boolean complete() {
    return day != null && month != null && year != null;
  }

  /** The date, if the boxes make a real one with a four-digit year; otherwise null. */
  public @Nullable LocalDate date() {
    if (!complete() || !year.matches("\\d{4}")) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
