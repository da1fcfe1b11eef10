package uk.harbour.matching;

/**
 * How a batch link runs.
 *
 * @param threshold report pairs at or above this match probability
 * @param maxBlock skip a blocking key shared by more records than this (bounds candidate pairs)
 * @param threads threads that compare candidate pairs
 * @param uFromRandomPairs hold u at its random-pair estimate instead of re-estimating it by EM
 * @param termFrequencies weight exact name matches by how common the name is
 * @param randomPairs how many random pairs to draw for estimating u
 * @param seed seed for the random pairs, so runs are repeatable
 */
public record LinkSettings(
    double threshold,
    int maxBlock,
    int threads,
    boolean uFromRandomPairs,
    boolean termFrequencies,
    int randomPairs,
    long seed) {

  public static final int DEFAULT_MAX_BLOCK = 250;

  public LinkSettings {
    if (threshold < 0 || threshold > 1) {
      throw new IllegalArgumentException("The threshold is a probability between 0 and 1");
    }
    if (maxBlock < 2 || threads < 1 || randomPairs < 0) {
      throw new IllegalArgumentException("maxBlock >= 2, threads >= 1, randomPairs >= 0");
    }
  }

  public static LinkSettings defaults() {
    return new LinkSettings(
        MatchThresholds.DEFAULT,
        DEFAULT_MAX_BLOCK,
        Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())),
        false,
        true,
        200_000,
        20240601L);
  }

  public LinkSettings withThreshold(double value) {
    return new LinkSettings(
        value, maxBlock, threads, uFromRandomPairs, termFrequencies, randomPairs, seed);
  }

  public LinkSettings withThreads(int value) {
    return new LinkSettings(
        threshold, maxBlock, value, uFromRandomPairs, termFrequencies, randomPairs, seed);
  }

  public LinkSettings withMaxBlock(int value) {
    return new LinkSettings(
        threshold, value, threads, uFromRandomPairs, termFrequencies, randomPairs, seed);
  }

  public LinkSettings withUFromRandomPairs(boolean value) {
    return new LinkSettings(
        threshold, maxBlock, threads, value, termFrequencies, randomPairs, seed);
  }

  public LinkSettings withTermFrequencies(boolean value) {
    return new LinkSettings(
        threshold, maxBlock, threads, uFromRandomPairs, value, randomPairs, seed);
  }
}
