package uk.harbour.cases.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTests {

  @Test
  void skipsWeekends() {
    LocalDate friday = LocalDate.of(2026, 3, 6);
    assertThat(WorkingDays.after(friday, 1)).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(WorkingDays.after(friday, 5)).isEqualTo(LocalDate.of(2026, 3, 13));
  }

  @Test
  void fortyFiveWorkingDaysIsNineWeeks() {
    LocalDate monday = LocalDate.of(2026, 3, 2);
    assertThat(WorkingDays.after(monday, 45)).isEqualTo(monday.plusWeeks(9));
  }

  @Test
  void aCaseOpenedAtTheWeekendCountsFromMonday() {
    LocalDate saturday = LocalDate.of(2026, 3, 7);
    assertThat(WorkingDays.after(saturday, 1)).isEqualTo(LocalDate.of(2026, 3, 9));
  }
}
