package uk.harbour.shared;

import java.time.LocalDate;

/**
 * The three boxes of a GOV.UK date input as a field group a form embeds: a form's property {@code
 * heldOn} of this type binds {@code heldOn.day}, {@code heldOn.month} and {@code heldOn.year}, as
 * typed, and errors about the date as a whole go on {@code heldOn} itself. Pages show it with
 * {@code web/components/date-input :: dateInput(field='heldOn', grouped=true, ...)}.
 */
public class DateInput {

  private String day;
  private String month;
  private String year;

  /** The boxes showing a date, or empty ones for no date. */
  public static DateInput of(LocalDate date) {
    DateInput input = new DateInput();
    if (date != null) {
      input.day = String.valueOf(date.getDayOfMonth());
      input.month = String.valueOf(date.getMonthValue());
      input.year = String.valueOf(date.getYear());
    }
    return input;
  }

  /** What was typed, blank boxes as nothing. */
  public DateParts parts() {
    return DateParts.of(day, month, year);
  }

  /** The date if the boxes make a real one, otherwise null. */
  public LocalDate date() {
    return parts().date();
  }

  public String getDay() {
    return day;
  }

  public void setDay(String v) {
    day = v;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String v) {
    month = v;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String v) {
    year = v;
  }
}
