package uk.harbour.cases;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.harbour.audit.RecordChildren;
import uk.harbour.shared.ChildId;

/**
 * Tells the audit trail which child a case is about, so that every event recorded against a case
 * (its pages, chronology, voice, assessment, plan and their exports) is in that child's "who has
 * seen this record". A case's child never changes, so the answer is remembered (for the most
 * recently asked {@value #REMEMBERED} cases) and a page about a case does not ask the database
 * again.
 */
@Component
class CaseChildren implements RecordChildren {

  static final int REMEMBERED = 10_000;

  private final CaseRepository cases;

  private final Map<UUID, ChildId> known =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, ChildId> eldest) {
              return size() > REMEMBERED;
            }
          });

  CaseChildren(CaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public Optional<ChildId> childOf(String recordType, String recordId) {
    if (!Cases.RECORD_TYPE.equals(recordType)) {
      return Optional.empty();
    }
    return RecordChildren.idOf(recordId).flatMap(this::childOfCase);
  }

  /** A case just read: its child is known without asking (the case's pages audit it next). */
  void remember(CaseId caseId, ChildId child) {
    known.put(caseId.value(), child);
  }

  private Optional<ChildId> childOfCase(UUID caseId) {
    ChildId child = known.get(caseId);
    if (child != null) {
      return Optional.of(child);
    }
    Optional<ChildId> found = cases.childOf(caseId);
    found.ifPresent(c -> known.put(caseId, c));
    return found;
  }
}
