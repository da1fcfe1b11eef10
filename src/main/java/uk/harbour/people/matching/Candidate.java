package uk.harbour.people.matching;

/** A person in a {@link MatchIndex} who may be the one queried, with the reasons. */
public record Candidate(
    String id, double matchWeight, double probability, Explanation explanation) {

  /** Whether the probability reaches the (very high) level at which records may be auto-merged. */
  public boolean autoMergeable() {
    return probability >= MatchThresholds.AUTO_MERGE;
  }
}
