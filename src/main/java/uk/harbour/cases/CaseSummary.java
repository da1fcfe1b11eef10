package uk.harbour.cases;

import java.time.Instant;
import java.util.List;
import uk.harbour.shared.ChildId;

/**
 * A case as other modules see it.
 *
 * @param concernReferences the concerns that led to the case, oldest first
 */
public record CaseSummary(
    CaseId id,
    ChildId child,
    CaseStatus status,
    Instant openedAt,
    String openedByName,
    List<String> concernReferences) {

  public CaseSummary {
    concernReferences = List.copyOf(concernReferences);
  }
}
