package uk.harbour.audit;

import java.time.LocalDate;
import java.util.Locale;
import uk.harbour.shared.DateParts;

/** The audit search form: who, which record, and between which dates. Every field is optional. */
class AuditSearchForm {

  static final String[] FIELDS = {
    "username", "recordType", "recordId",
    "dateFromDay", "dateFromMonth", "dateFromYear",
    "dateToDay", "dateToMonth", "dateToYear"
  };

  private String username;
  private String recordType;
  private String recordId;
  private String dateFromDay;
  private String dateFromMonth;
  private String dateFromYear;
  private String dateToDay;
  private String dateToMonth;
  private String dateToYear;

  /** The username to search for, trimmed and in lower case, or {@code null}. */
  String usernameCriterion() {
    String value = blankToNull(username);
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }

  String recordTypeCriterion() {
    return blankToNull(recordType);
  }

  String recordIdCriterion() {
    return blankToNull(recordId);
  }

  /** The parsed date, or {@code null} when it is absent or not a real date. */
  public LocalDate getDateFrom() {
    return DateParts.of(dateFromDay, dateFromMonth, dateFromYear).date();
  }

  public LocalDate getDateTo() {
    return DateParts.of(dateToDay, dateToMonth, dateToYear).date();
  }

  DateParts dateFromParts() {
    return DateParts.of(dateFromDay, dateFromMonth, dateFromYear);
  }

  DateParts dateToParts() {
    return DateParts.of(dateToDay, dateToMonth, dateToYear);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getRecordType() {
    return recordType;
  }

  public void setRecordType(String recordType) {
    this.recordType = recordType;
  }

  public String getRecordId() {
    return recordId;
  }

  public void setRecordId(String recordId) {
    this.recordId = recordId;
  }

  public String getDateFromDay() {
    return dateFromDay;
  }

  public void setDateFromDay(String dateFromDay) {
    this.dateFromDay = dateFromDay;
  }

  public String getDateFromMonth() {
    return dateFromMonth;
  }

  public void setDateFromMonth(String dateFromMonth) {
    this.dateFromMonth = dateFromMonth;
  }

  public String getDateFromYear() {
    return dateFromYear;
  }

  public void setDateFromYear(String dateFromYear) {
    this.dateFromYear = dateFromYear;
  }

  public String getDateToDay() {
    return dateToDay;
  }

  public void setDateToDay(String dateToDay) {
    this.dateToDay = dateToDay;
  }

  public String getDateToMonth() {
    return dateToMonth;
  }

  public void setDateToMonth(String dateToMonth) {
    this.dateToMonth = dateToMonth;
  }

  public String getDateToYear() {
    return dateToYear;
  }

  public void setDateToYear(String dateToYear) {
    this.dateToYear = dateToYear;
  }
}
