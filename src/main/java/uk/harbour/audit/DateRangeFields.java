package uk.harbour.audit;

import java.time.LocalDate;
import uk.harbour.shared.DateParts;

/**
 * The "from" and "to" dates of the audit forms, each typed as day, month and year (GOV.UK date
 * inputs); both optional.
 */
public abstract class DateRangeFields {

  /** The request parameters of the two dates. */
  static final String[] DATE_FIELDS = {
    "dateFromDay", "dateFromMonth", "dateFromYear", "dateToDay", "dateToMonth", "dateToYear"
  };

  private String dateFromDay;
  private String dateFromMonth;
  private String dateFromYear;
  private String dateToDay;
  private String dateToMonth;
  private String dateToYear;

  /** The parsed date, or {@code null} when it is absent or not a real date. */
  public LocalDate getDateFrom() {
    return dateFromParts().date();
  }

  public LocalDate getDateTo() {
    return dateToParts().date();
  }

  /** The start of the from date in {@code zone}, or {@code null}. */
  java.time.Instant fromInstant(java.time.ZoneId zone) {
    LocalDate from = getDateFrom();
    return from == null ? null : from.atStartOfDay(zone).toInstant();
  }

  /** The end of the to date (the start of the day after) in {@code zone}, or {@code null}. */
  java.time.Instant untilInstant(java.time.ZoneId zone) {
    LocalDate to = getDateTo();
    return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  DateParts dateFromParts() {
    return DateParts.of(dateFromDay, dateFromMonth, dateFromYear);
  }

  DateParts dateToParts() {
    return DateParts.of(dateToDay, dateToMonth, dateToYear);
  }

  /** The request parameters of a form: its own, then the two dates'. */
  static String[] withDates(String... own) {
    String[] all = java.util.Arrays.copyOf(own, own.length + DATE_FIELDS.length);
    System.arraycopy(DATE_FIELDS, 0, all, own.length, DATE_FIELDS.length);
    return all;
  }

  public String getDateFromDay() {
    return dateFromDay;
  }

  public void setDateFromDay(String value) {
    this.dateFromDay = value;
  }

  public String getDateFromMonth() {
    return dateFromMonth;
  }

  public void setDateFromMonth(String value) {
    this.dateFromMonth = value;
  }

  public String getDateFromYear() {
    return dateFromYear;
  }

  public void setDateFromYear(String value) {
    this.dateFromYear = value;
  }

  public String getDateToDay() {
    return dateToDay;
  }

  public void setDateToDay(String value) {
    this.dateToDay = value;
  }

  public String getDateToMonth() {
    return dateToMonth;
  }

  public void setDateToMonth(String value) {
    this.dateToMonth = value;
  }

  public String getDateToYear() {
    return dateToYear;
  }

  public void setDateToYear(String value) {
    this.dateToYear = value;
  }
}
