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

  private final AuditReader reader;
  private final AuditProperties properties;

  AuditTrail(AuditReader reader, AuditProperties properties) {
    this.reader = reader;
    this.properties = properties;
  }

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

  /**
   * Everything recorded about one child, newest first, a page at a time: their record viewed,
   * changed or refused, every list and search that showed them, their case's pages and exports,
   * concerns about them and notifications naming them.
   */
  public List<AccessRecord> accessesToChild(ChildId child, int page) {
    int size = properties.pageSize();
    long offset = (long) (Math.max(page, 1) - 1) * size;
    return reader.forChild(child.value(), offset, size).stream().map(AccessRecord::of).toList();
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
