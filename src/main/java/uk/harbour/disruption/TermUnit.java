package uk.harbour.disruption;

import java.time.LocalDate;

/** The unit of a tactic's shortest or longest term. */
enum TermUnit {
  DAYS,
  MONTHS,
  YEARS;

  LocalDate after(LocalDate start, int amount) {
    return switch (this) {
      case DAYS -> start.plusDays(amount);
      case MONTHS -> start.plusMonths(amount);
      case YEARS -> start.plusYears(amount);
    };
  }
}
