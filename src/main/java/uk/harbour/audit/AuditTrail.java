package uk.harbour.audit;

import java.util.List;
import org.springframework.stereotype.Service;
import uk.harbour.shared.ChildId;

/**
 * Answers "who has seen this record" for other modules' pages. It does not decide who may ask: the
 * module that owns the record checks that before calling, and audits the view of the page.
 */
@Service
public class AuditTrail {

  private final AuditSearchRepository reader;
  private final AuditProperties properties;
  private final AuditRowBuilder rows;
  private final AuditPeople people;
  private final ActionOptions actions;
  private final AccessLogFilterValidator filterValidator;

  AuditTrail(
      AuditSearchRepository reader,
      AuditProperties properties,
      AuditRowBuilder rows,
      AuditPeople people,
      ActionOptions actions,
      AccessLogFilterValidator filterValidator) {
    this.reader = reader;
    this.properties = properties;
    this.rows = rows;
    this.people = people;
    this.actions = actions;
    this.filterValidator = filterValidator;
  }

  /**
   * One page (from 1) of everything recorded about one child that matches the filter, newest first,
   * with repeats grouped into one row each ("viewed 7 times between 10:02 and 10:31"), people named
   * and the places in words. Reads one range of the child index per chunk of events, so it stays
   * fast however long the whole trail is (docs/adr/010, docs/adr/013).
   *
   * @param filter checked first with {@link #checkFilter}
   */
  public ChildLog childLog(ChildId child, AccessLogFilter filter, int page) {
    int current = Math.max(page, 1);
    ChildLogQuery query = filter.query(properties.displayZone());
    AuditRows.Page found =
        AuditRows.page(
            (after, limit) -> reader.forChild(child.value(), query, after, limit),
            current,
            properties.pageSize());
    return new ChildLog(
        rows.rows(found.groups()),
        current,
        found.hasNext(),
        query.narrowed(),
        peopleIn(child),
        actions.options("people.accessLog.actionName."));
  }

  /** Checks the filters of a child's log; each error's code is its message key. */
  public void checkFilter(AccessLogFilter filter, org.springframework.validation.Errors errors) {
    filterValidator.validate(filter, errors);
  }

  /** The choices of the person filter: '' for anyone, then each person by name and agency. */
  private java.util.Map<String, String> peopleIn(ChildId child) {
    java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
    options.put("", actions.message("audit.filter.person.any"));
    people.byId(reader.peopleInChildLog(child.value())).values().stream()
        .sorted(
            java.util.Comparator.comparing(
                (AuditDirectory.Person u) -> u.displayName().toLowerCase(java.util.Locale.ROOT)))
        .forEach(u -> options.put(u.id().value().toString(), u.nameAndAgency()));
    return options;
  }

  /**
   * A page of a child's "who has seen this record".
   *
   * @param rows the rows, newest first
   * @param page its number, from 1
   * @param hasNext whether another page follows
   * @param narrowed whether a filter is set
   * @param people the choices of the person filter (value to words)
   * @param actions the choices of the action filter (value to words)
   */
  public record ChildLog(
      List<AuditRow> rows,
      int page,
      boolean hasNext,
      boolean narrowed,
      java.util.Map<String, String> people,
      java.util.Map<String, String> actions) {}

  /**
   * Everyone who viewed, searched, exported, created, changed or was refused this record, newest
   * first, one page at a time.
   *
   * @param recordType the kind of record, as its module publishes it (for example {@code child})
   * @param recordId the record's id as text
   * @param page 1 for the newest {@link #pageSize()} events, 2 for the next, and so on; anything
   *     below 1 counts as 1
   */
  public List<AccessRecord> accessesTo(String recordType, String recordId, int page) {
    int size = properties.pageSize();
    long offset = (long) (Math.max(page, 1) - 1) * size;
    return reader.forRecord(recordType, recordId, offset, size).stream()
        .map(AccessRecord::of)
        .toList();
  }

  /** How many events there are about this child, to work out the number of pages. */
  public long countAccessesToChild(ChildId child) {
    return reader.countForChild(child.value());
  }

  /** How many events there are about this record, to work out the number of pages. */
  public long countAccessesTo(String recordType, String recordId) {
    return reader.countForRecord(recordType, recordId);
  }

  /** How many events one page holds. */
  public int pageSize() {
    return properties.pageSize();
  }
}
