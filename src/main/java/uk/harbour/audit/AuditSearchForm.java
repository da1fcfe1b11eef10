package uk.harbour.audit;

import java.time.LocalDate;
import uk.harbour.shared.DateParts;

/**
 * The audit search form: who (a name or a username), what they did, which record, and between which
 * dates. Every field is optional.
 */
class AuditSearchForm {

  static final String[] FIELDS = {
    "username",
    "action",
    "recordType",
    "recordId",
    "dateFromDay",
    "dateFromMonth",
    "dateFromYear",
    "dateToDay",
    "dateToMonth",
    "dateToYear"
  };

  private String username;
  private String action;
  private String recordType;
  private String recordId;
  private String dateFromDay;
  private String dateFromMonth;
  private String dateFromYear;
  private String dateToDay;
  private String dateToMonth;
  private String dateToYear;

  /** The name or username typed, trimmed, or {@code null}. */
  String personCriterion() {
    return blankToNull(username);
  }

  /** The action chosen, or {@code null} for any. */
  String actionCriterion() {
    return blankToNull(action);
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
    return FormText.blankToNull(value);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
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
