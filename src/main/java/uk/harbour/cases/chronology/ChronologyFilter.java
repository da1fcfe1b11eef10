package uk.harbour.cases.chronology;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.Errors;
import uk.harbour.shared.DateParts;

/**
 * The chronology's filters, from the query string: kinds, significance, a date range, leaving out
 * Harbour's own record-keeping ({@link EntryKind#recordKeeping()}), and the order. They hold no
 * personal data, so they are safe in a URL.
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
  private boolean leaveOutRecordKeeping;
  private ChronologyOrder order;

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

  public LocalDate fromDate() {
    return DateParts.of(fromDay, fromMonth, fromYear).date();
  }

  public LocalDate toDate() {
    return DateParts.of(toDay, toMonth, toYear).date();
  }

  /** Whether any filter leaves entries out (the order leaves nothing out). */
  public boolean active() {
    return kind != null
        || significance != null
        || fromDate() != null
        || toDate() != null
        || leaveOutRecordKeeping;
  }

  /** The order chosen, or {@code fallback} (the page's or document's own) when none was. */
  ChronologyOrder orderOr(ChronologyOrder fallback) {
    return order == null ? fallback : order;
  }

  /** The filters (not the order) as form fields, for the print and PDF form. */
  public Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    put(fields, "kind", kind == null ? null : kind.name());
    put(fields, "significance", significance == null ? null : significance.name());
    LocalDate f = fromDate();
    if (f != null) {
      put(fields, "fromDay", String.valueOf(f.getDayOfMonth()));
      put(fields, "fromMonth", String.valueOf(f.getMonthValue()));
      put(fields, "fromYear", String.valueOf(f.getYear()));
    }
    LocalDate t = toDate();
    if (t != null) {
      put(fields, "toDay", String.valueOf(t.getDayOfMonth()));
      put(fields, "toMonth", String.valueOf(t.getMonthValue()));
      put(fields, "toYear", String.valueOf(t.getYear()));
    }
    put(fields, "leaveOutRecordKeeping", leaveOutRecordKeeping ? "true" : null);
    return fields;
  }

  /** The filters and the order chosen as a query string, for paging and the print link. */
  String query() {
    Map<String, String> fields = fields();
    put(fields, "order", order == null ? null : order.name());
    StringBuilder q = new StringBuilder();
    fields.forEach(
        (name, value) -> q.append(q.isEmpty() ? "?" : "&").append(name).append('=').append(value));
    return q.toString();
  }

  private static void put(Map<String, String> fields, String name, String value) {
    if (value != null) {
      fields.put(name, value);
    }
  }

  public boolean isLeaveOutRecordKeeping() {
    return leaveOutRecordKeeping;
  }

  public void setLeaveOutRecordKeeping(boolean leaveOut) {
    this.leaveOutRecordKeeping = leaveOut;
  }

  public ChronologyOrder getOrder() {
    return order;
  }

  public void setOrder(ChronologyOrder order) {
    this.order = order;
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
