package uk.harbour.matching;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A date of birth as written, possibly partial or impossible ("1856-86-18"): year, month and day,
 * each 0 when unknown. Keeping impossible dates lets a one-digit typo still count as near
 * agreement.
 */
public record BirthDate(int year, int month, int day) {

  public BirthDate {
    if (year < 0 || year > 9999 || month < 0 || month > 99 || day < 0 || day > 99) {
      throw new IllegalArgumentException("Birth date parts out of range");
    }
  }

  public static BirthDate of(LocalDate date) {
    return new BirthDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  public static BirthDate yearOnly(int year) {
    return new BirthDate(year, 0, 0);
  }

  public boolean yearKnown() {
    return year > 0;
  }

  public boolean complete() {
    return year > 0 && month > 0 && day > 0;
  }

  /**
   * Reads a date in the given layout: {@code yyyyMMdd}, {@code yyyy-MM-dd}, {@code dd/MM/yyyy} or
   * {@code MM/dd/yyyy}; a bare four-digit year is taken as year only. Returns null for blank text
   * or text that does not fit the layout.
   */
  public static @Nullable BirthDate parse(String text, String layout) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String digits = text.trim();
    if (digits.length() == 4 && allDigits(digits)) {
      return yearOnly(Integer.parseInt(digits));
    }
    try {
      return switch (layout) {
        case "yyyyMMdd" ->
            digits.length() == 8 && allDigits(digits)
                ? of(digits.substring(0, 4), digits.substring(4, 6), digits.substring(6, 8))
                : null;
        case "yyyy-MM-dd" -> split(digits, "-", 0, 1, 2);
        case "dd/MM/yyyy" -> split(digits, "/", 2, 1, 0);
        case "MM/dd/yyyy" -> split(digits, "/", 2, 0, 1);
        default -> throw new IllegalArgumentException("Unknown date layout " + layout);
      };
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static @Nullable BirthDate split(String text, String separator, int y, int m, int d) {
    String[] parts = text.split(separator, -1);
    if (parts.length != 3) {
      return null;
    }
    return of(parts[y], parts[m], parts[d]);
  }

  private static @Nullable BirthDate of(String y, String m, String d) {
    int year = Integer.parseInt(y.trim());
    int month = Integer.parseInt(m.trim());
    int day = Integer.parseInt(d.trim());
    if (year <= 0 || year > 9999 || month < 0 || month > 99 || day < 0 || day > 99) {
      return null;
    }
    return new BirthDate(year, month, day);
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
