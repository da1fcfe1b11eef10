package uk.harbour.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

class FormFieldsTests {

  /** A form with one text field. */
  public static class Form {
    private String note;

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  @Test
  void aMissingTextIsRefusedWithTheGivenKeyAndALongOneWithTheModulesOwn() {
    FormFields fields = new FormFields("contexts");
    BindingResult blank = new BeanPropertyBindingResult(new Form(), "form");
    fields.text(blank, "note", "  ", "contexts.error.note", 5);
    assertThat(blank.getFieldError("note").getCode()).isEqualTo("contexts.error.note");

    BindingResult tooLong = new BeanPropertyBindingResult(new Form(), "form");
    fields.text(tooLong, "note", "abcdef", "contexts.error.note", 5);
    assertThat(tooLong.getFieldError("note").getCode()).isEqualTo("contexts.error.tooLong");
    assertThat(tooLong.getFieldError("note").getArguments()).containsExactly(5);

    BindingResult fits = new BeanPropertyBindingResult(new Form(), "form");
    fields.text(fits, "note", "  abcde  ", "contexts.error.note", 5);
    assertThat(fits.hasErrors()).as("surrounding spaces do not count").isFalse();
  }

  @Test
  void blanksBecomeNullAndOnlyExactNamesAreChosen() {
    assertThat(FormFields.blankToNull("  ")).isNull();
    assertThat(FormFields.blankToNull(" a ")).isEqualTo("a");
    assertThat(FormFields.parse(DayOfWeek.class, "MONDAY")).isEqualTo(DayOfWeek.MONDAY);
    assertThat(FormFields.parse(DayOfWeek.class, "monday")).isNull();
    assertThat(FormFields.parse(DayOfWeek.class, null)).isNull();
  }
}
