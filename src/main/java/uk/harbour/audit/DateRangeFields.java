package uk.harbour.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
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

  private @Nullable String dateFromDay;
  private @Nullable String dateFromMonth;
  private @Nullable String dateFromYear;
  private @Nullable String dateToDay;
  private @Nullable String dateToMonth;
  private @Nullable String dateToYear;

  /** The parsed date, or {@code null} when it is absent or not a real date. */
  public @Nullable LocalDate getDateFrom() {
    return dateFromParts().date();
  }

  public @Nullable LocalDate getDateTo() {
    return dateToParts().date();
  }

  /** The start of the from date in {@code zone}, or {@code null}. */
  java.time.@Nullable Instant fromInstant(java.time.ZoneId zone) {
    LocalDate from = getDateFrom();
    return from == null ? null : from.atStartOfDay(zone).toInstant();
  }

  /** The end of the to date (the start of the day after) in {@code zone}, or {@code null}. */
  java.time.@Nullable Instant untilInstant(java.time.ZoneId zone) {
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

  public @Nullable String getDateFromDay() {
    return dateFromDay;
  }

  public void setDateFromDay(@Nullable String value) {
    this.dateFromDay = value;
  }

  public @Nullable String getDateFromMonth() {
    return dateFromMonth;
  }

  public void setDateFromMonth(@Nullable String value) {
    this.dateFromMonth = value;
  }

  public @Nullable String getDateFromYear() {
    return dateFromYear;
  }

  public void setDateFromYear(@Nullable String value) {
    this.dateFromYear = value;
  }

  public @Nullable String getDateToDay() {
    return dateToDay;
  }

  public void setDateToDay(@Nullable String value) {
    this.dateToDay = value;
  }

  public @Nullable String getDateToMonth() {
    return dateToMonth;
  }

  public void setDateToMonth(@Nullable String value) {
    this.dateToMonth = value;
  }

  public @Nullable String getDateToYear() {
    return dateToYear;
  }

  public void setDateToYear(@Nullable String value) {
    this.dateToYear = value;
  }
}
