package uk.harbour.cases.chronology;

import java.time.LocalDate;
import org.springframework.validation.Errors;
import uk.harbour.shared.DateParts;

/**
 * The chronology's filters, from the query string: kinds, significance and a date range. They hold
 * no personal data, so they are safe in a URL.
 */
class ChronologyFilter {

  private EntryKind kind;
  private Significance significance;
  private String fromDay;
  private String fromMonth;
  private String fromYear;
  private String toDay;
  private String toMonth;
  private String toYear;

  void validate(Errors errors) {
    DateParts from = DateParts.of(fromDay, fromMonth, fromYear);
    DateParts to = DateParts.of(toDay, toMonth, toYear);
    if (!from.empty() && from.date() == null) {
      errors.rejectValue("from", "cases.chronology.error.from");
    }
    if (!to.empty() && to.date() == null) {
      errors.rejectValue("to", "cases.chronology.error.to");
    }
    if (from.date() != null && to.date() != null && to.date().isBefore(from.date())) {
      errors.rejectValue("to", "cases.chronology.error.order");
    }
  }

  LocalDate fromDate() {
    return DateParts.of(fromDay, fromMonth, fromYear).date();
  }

  LocalDate toDate() {
    return DateParts.of(toDay, toMonth, toYear).date();
  }

  boolean active() {
    return kind != null || significance != null || fromDate() != null || toDate() != null;
  }

  /** The same filters as query parameters, for the print and PDF links. */
  String query() {
    StringBuilder q = new StringBuilder();
    append(q, "kind", kind == null ? null : kind.name());
    append(q, "significance", significance == null ? null : significance.name());
    LocalDate f = fromDate();
    if (f != null) {
      append(q, "fromDay", String.valueOf(f.getDayOfMonth()));
      append(q, "fromMonth", String.valueOf(f.getMonthValue()));
      append(q, "fromYear", String.valueOf(f.getYear()));
    }
    LocalDate t = toDate();
    if (t != null) {
      append(q, "toDay", String.valueOf(t.getDayOfMonth()));
      append(q, "toMonth", String.valueOf(t.getMonthValue()));
      append(q, "toYear", String.valueOf(t.getYear()));
    }
    return q.toString();
  }

  private static void append(StringBuilder q, String name, String value) {
    if (value != null) {
      q.append(q.isEmpty() ? "?" : "&").append(name).append('=').append(value);
    }
  }

  public String getFrom() {
    return fromDay;
  }

  public String getTo() {
    return toDay;
  }

  public EntryKind getKind() {
    return kind;
  }

  public void setKind(EntryKind kind) {
    this.kind = kind;
  }

  public Significance getSignificance() {
    return significance;
  }

  public void setSignificance(Significance significance) {
    this.significance = significance;
  }

  public String getFromDay() {
    return fromDay;
  }

  public void setFromDay(String v) {
    fromDay = v;
  }

  public String getFromMonth() {
    return fromMonth;
  }

  public void setFromMonth(String v) {
    fromMonth = v;
  }

  public String getFromYear() {
    return fromYear;
  }

  public void setFromYear(String v) {
    fromYear = v;
  }

  public String getToDay() {
    return toDay;
  }

  public void setToDay(String v) {
    toDay = v;
  }

  public String getToMonth() {
    return toMonth;
  }

  public void setToMonth(String v) {
    toMonth = v;
  }

  public String getToYear() {
    return toYear;
  }

  public void setToYear(String v) {
    toYear = v;
  }
}
