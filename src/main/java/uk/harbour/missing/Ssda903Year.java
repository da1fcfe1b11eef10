package uk.harbour.missing;

import java.time.LocalDate;

/**
 * A collection year of the looked-after children return: 1 April to the next 31 March, named by the
 * year it starts (2025 is 2025-26).
 */
record Ssda903Year(int startYear) {

  Ssda903Year {
    if (startYear < 2000 || startYear > 2100) {
      throw new IllegalArgumentException("Not a collection year: " + startYear);
    }
  }

  /** The collection year a day falls in. */
  static Ssda903Year of(LocalDate day) {
    return new Ssda903Year(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
  }

  public LocalDate first() {
    return LocalDate.of(startYear, 4, 1);
  }

  public LocalDate last() {
    return LocalDate.of(startYear + 1, 3, 31);
  }

  /** For example "2025-26". */
  public String label() {
    return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
  }
}
