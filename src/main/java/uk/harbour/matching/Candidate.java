package uk.harbour.matching;

/** A person in a {@link MatchIndex} who may be the one queried, with the reasons. */
public record Candidate(
    String id, double matchWeight, double probability, Explanation explanation) {

  /** Whether the probability reaches the (very high) level at which records may be auto-merged. */
  public boolean autoMergeable() {
    return autoMergeable(MatchThresholds.AUTO_MERGE);
  }

  /**
   * Whether the probability reaches a configured auto-merge threshold, which is never allowed below
   * {@link MatchThresholds#AUTO_MERGE}.
   */
  public boolean autoMergeable(double configuredThreshold) {
    return probability >= Math.max(configuredThreshold, MatchThresholds.AUTO_MERGE);
  }
}
