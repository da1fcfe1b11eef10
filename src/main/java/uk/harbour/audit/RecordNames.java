package uk.harbour.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Names a module's records for the audit pages in words a data protection officer recognises (a
 * child's Harbour reference rather than an internal id). The audit module asks every implementation
 * for the records on the page it shows, in one call per record type; each answers only for its own
 * type, and only with what identifies the record, never personal details.
 */
public interface RecordNames {

  /**
   * @return the name of each record of {@code recordType} among {@code ids} that this module holds,
   *     by id; nothing for other types
   */
  Map<String, String> names(String recordType, Collection<String> ids);
}
