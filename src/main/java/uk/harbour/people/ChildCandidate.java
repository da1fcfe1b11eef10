package uk.harbour.people;

import java.util.List;

/**
 * A child who may be the one described, for a screening officer to confirm or reject.
 *
 * @param reference the child's Harbour reference
 * @param summary name, date of birth or age, and school
 * @param probability from 0 to 1
 * @param explanation one line per detail: how it compared and how much it weighed
 */
public record ChildCandidate(
    String reference, String summary, double probability, List<String> explanation) {

  public ChildCandidate {
    explanation = List.copyOf(explanation);
  }
}
