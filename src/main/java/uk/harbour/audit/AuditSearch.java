package uk.harbour.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audit search for data protection officers. Only they may search, every search is itself audited,
 * and a refused attempt is audited too (the refusal commits; the caller gets a 403).
 */
@Service
class AuditSearch {

  static final String RECORD_TYPE = "audit";

  private final AuditSearchRepository reader;
  private final AuditRowBuilder rows;
  private final AuditDirectory directory;
  private final ApplicationEventPublisher publisher;
  private final AuditProperties properties;

  AuditSearch(
      AuditSearchRepository reader,
      AuditRowBuilder rows,
      AuditDirectory directory,
      ApplicationEventPublisher publisher,
      AuditProperties properties) {
    this.reader = reader;
    this.rows = rows;
    this.directory = directory;
    this.publisher = publisher;
    this.properties = properties;
  }

  /**
   * One page (numbered from 1) of matching events, newest first, repeats grouped into one row each
   * ({@link AuditRows}), with people's names and records in words.
   */
  @Transactional(noRollbackFor = AccessDeniedException.class)
  public Results search(AuditQuery query, int page) {
    requireDataProtectionOfficer();
    AuditRows.Page found =
        AuditRows.page(
            (after, limit) -> reader.search(query, after, limit), page, properties.pageSize());
    List<AuditRow> shown = rows.rows(found.groups());
    publisher.publishEvent(
        new Audited(
            AuditAction.SEARCH,
            RECORD_TYPE,
            null,
            AuditOutcome.SUCCEEDED,
            null,
            describe(query, page, shown.size())));
    return new Results(shown, page, found.hasNext());
  }

  /** Refuses (and audits the refusal) unless the user is a data protection officer. */
  @Transactional(noRollbackFor = AccessDeniedException.class)
  public void checkAccess() {
    requireDataProtectionOfficer();
  }

  private void requireDataProtectionOfficer() {
    boolean allowed =
        directory.current().map(AuditDirectory.Actor::dataProtectionOfficer).orElse(false);
    if (!allowed) {
      publisher.publishEvent(Audited.denied(AuditAction.SEARCH, RECORD_TYPE, null));
      throw new AccessDeniedException("Only data protection officers may search the audit trail");
    }
  }

  /** What was searched for, so the audit of audit searches says what each one looked at. */
  static String describe(AuditQuery query, int page, int results) {
    List<String> parts = new ArrayList<>();
    if (query.username() != null) {
      parts.add("username=" + query.username());
    }
    if (query.action() != null) {
      parts.add("action=" + query.action());
    }
    if (query.recordType() != null) {
      parts.add("recordType=" + query.recordType());
    }
    if (query.recordId() != null) {
      parts.add("recordId=" + query.recordId());
    }
    if (query.from() != null) {
      parts.add("from=" + query.from());
    }
    if (query.until() != null) {
      parts.add("until=" + query.until());
    }
    parts.add("page=" + page);
    parts.add("results=" + results);
    return String.join("; ", parts);
  }

  /** A page of rows; {@code hasNext} says whether another page follows. */
  record Results(List<AuditRow> rows, int page, boolean hasNext) {}
}
