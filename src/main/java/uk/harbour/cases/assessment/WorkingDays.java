package uk.harbour.cases.assessment;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Counts working days, Monday to Friday. Bank holidays are not yet known to Harbour. */
final class WorkingDays {

  private WorkingDays() {}

  static LocalDate after(LocalDate start, int days) {
    LocalDate date = start;
    int left = days;
    while (left > 0) {
      date = date.plusDays(1);
      if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return date;
  }
}
