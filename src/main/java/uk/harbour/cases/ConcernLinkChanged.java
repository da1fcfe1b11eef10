package uk.harbour.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import uk.harbour.shared.ChildId;

/**
 * A concern was linked to a child, or unlinked from them (a link made by mistake), while it awaited
 * screening: published by intake in the transaction that made the change. The cases module puts the
 * concern on the child's case (its chronology and the concerns that led to it), or keeps it for the
 * next case opened or reopened for the child. It is the cases module's type, not intake's, because
 * intake already depends on cases: a listener here for an intake type would make the two modules
 * depend on each other.
 *
 * @param linked true when linked, false when unlinked
 * @param at when it was linked or unlinked
 */
public record ConcernLinkChanged(
    UUID concernId, String reference, ChildId child, boolean linked, Instant at) {

  public ConcernLinkChanged {
    Objects.requireNonNull(concernId, "concernId");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(at, "at");
  }
}
