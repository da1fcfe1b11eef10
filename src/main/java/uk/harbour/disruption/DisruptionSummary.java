package uk.harbour.disruption;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A disruption activity as a child's plan lists it: the tactic, the target's words, the lead
 * agency, where it stands and its key dates. No intelligence text, conditions or breaches.
 *
 * @param status a message key suffix: an {@link Outcome}, or PROPOSED, APPROVED, APPLIED_FOR,
 *     IN_FORCE or PAST_EXPIRY (the page shows {@code disruption.status.<status>})
 * @param mayOpen whether the viewer may open the activity's own page
 */
public record DisruptionSummary(
    DisruptionId id,
    String tacticName,
    String targetLabel,
    String leadAgency,
    String status,
    LocalDate proposedOn,
    @Nullable LocalDate servedOn,
    @Nullable LocalDate expiresOn,
    boolean mayOpen) {

  /** The link to the activity's page. */
  public String href() {
    return "/disruption/" + id;
  }
}
