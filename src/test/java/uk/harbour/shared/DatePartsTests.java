package uk.harbour.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatePartsTests {

  @Test
  void makesARealDateFromThreeBoxes() {
    assertThat(DateParts.of(" 3", "4 ", "2012").date()).isEqualTo(LocalDate.of(2012, 4, 3));
  }

  @Test
  void refusesImpossibleIncompleteOrShortYearDates() {
    assertThat(DateParts.of("31", "2", "2012").date()).isNull();
    assertThat(DateParts.of("1", "", "2012").date()).isNull();
    assertThat(DateParts.of("1", "1", "12").date()).isNull();
    assertThat(DateParts.of("x", "1", "2012").date()).isNull();
  }

  @Test
  void tellsEmptyFromPartlyFilled() {
    assertThat(DateParts.of(" ", null, "").empty()).isTrue();
    assertThat(DateParts.of("1", null, "").empty()).isFalse();
    assertThat(DateParts.of("1", "2", "2000").complete()).isTrue();
  }

  @Test
  void pageNumbersOutOfRangeOrNotNumbersAreClamped() {
    assertThat(PageNumber.parse("7")).isEqualTo(7);
    assertThat(PageNumber.parse("-1")).isEqualTo(1);
    assertThat(PageNumber.parse("nope")).isEqualTo(1);
    assertThat(PageNumber.parse("999999999")).isEqualTo(PageNumber.MAX);
  }
}
