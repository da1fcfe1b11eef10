package uk.harbour.matching;

/**
 * Decision thresholds on the match probability. Below {@link #AUTO_MERGE} a match is never acted on
 * without a person deciding, whatever is configured (the configured threshold, if any, is raised to
 * it); {@link #DEFAULT} is where a pair is reported as a likely match, chosen to maximise F0.5
 * (precision weighted over recall) on the benchmark datasets, because wrongly merging two
 * children's records is the worse error.
 */
public final class MatchThresholds {

  /** Report a pair as a likely match at or above this probability. */
  public static final double DEFAULT = 0.9;

  /**
   * The lowest probability at which a record may ever be linked without a person deciding: the
   * floor of any configured auto-link threshold.
   */
  public static final double AUTO_MERGE = 0.999999;

  private MatchThresholds() {}
}
