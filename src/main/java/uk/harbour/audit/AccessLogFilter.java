package uk.harbour.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import uk.harbour.shared.DateParts;

/**
 * The filters of a child's "who has seen this record": a person, what they did and between which
 * dates (UK time, both days whole). Every field is optional. A form bean: the page binds it from
 * the query string ({@link #FIELDS}) and {@link AuditTrail#checkFilter} checks it.
 */
public class AccessLogFilter {

  /** The request parameters the page may bind, nothing else. */
  public static final String[] FIELDS = {
    "person",
    "action",
    "dateFromDay",
    "dateFromMonth",
    "dateFromYear",
    "dateToDay",
    "dateToMonth",
    "dateToYear"
  };

  private String person;
  private String action;
  private String dateFromDay;
  private String dateFromMonth;
  private String dateFromYear;
  private String dateToDay;
  private String dateToMonth;
  private String dateToYear;

  /** Whether any filter is set. */
  public boolean isNarrowed() {
    return FormText.blankToNull(person) != null
        || FormText.blankToNull(action) != null
        || !dateFromParts().empty()
        || !dateToParts().empty();
  }

  ChildLogQuery query(ZoneId zone) {
    LocalDate from = getDateFrom();
    LocalDate to = getDateTo();
    String personText = FormText.blankToNull(person);
    return new ChildLogQuery(
        personText == null ? null : UUID.fromString(personText),
        FormText.blankToNull(action),
        from == null ? null : from.atStartOfDay(zone).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
  }

  public LocalDate getDateFrom() {
    return dateFromParts().date();
  }

  public LocalDate getDateTo() {
    return dateToParts().date();
  }

  DateParts dateFromParts() {
    return DateParts.of(dateFromDay, dateFromMonth, dateFromYear);
  }

  DateParts dateToParts() {
    return DateParts.of(dateToDay, dateToMonth, dateToYear);
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
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
