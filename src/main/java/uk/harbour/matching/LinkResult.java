package uk.harbour.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every candidate pair of a batch run with its match weight, the model estimated for the run, and
 * how the run went. Pairs are numbered 0..pairCount()-1; left and right records by their position
 * in the input lists (when deduplicating both sides are the same list).
 */
public final class LinkResult {

  private final RecordFeatures[] left;
  private final RecordFeatures[] right;
  private final boolean deduplication;
  private final int[] pairLeft;
  private final int[] pairRight;
  private final double[] weights;
  private final Scorer scorer;
  private final double threshold;
  private final Stats stats;

  LinkResult(
      RecordFeatures[] left,
      RecordFeatures[] right,
      boolean deduplication,
      int[] pairLeft,
      int[] pairRight,
      double[] weights,
      Scorer scorer,
      double threshold,
      Stats stats) {
    this.left = left;
    this.right = right;
    this.deduplication = deduplication;
    this.pairLeft = pairLeft;
    this.pairRight = pairRight;
    this.weights = weights;
    this.scorer = scorer;
    this.threshold = threshold;
    this.stats = stats;
  }

  /**
   * Counts and timings of the run.
   *
   * @param candidatePairs pairs found by blocking and compared
   * @param comparedPairs candidate pairs plus the random pairs drawn to estimate u
   * @param emRounds rounds of expectation maximisation
   * @param estimated false when EM's model was implausible and prior m values were used instead
   * @param candidateNanos time spent finding and comparing the candidate pairs
   * @param randomPairNanos time spent comparing the random pairs for u
   * @param totalNanos time for the whole run
   */
  public record Stats(
      long candidatePairs,
      long comparedPairs,
      int emRounds,
      boolean estimated,
      long candidateNanos,
      long randomPairNanos,
      long totalNanos) {

    /** Time spent comparing, candidate and random pairs together. */
    public long compareNanos() {
      return candidateNanos + randomPairNanos;
    }
  }

  public boolean deduplication() {
    return deduplication;
  }

  public int pairCount() {
    return weights.length;
  }

  public int leftIndex(int pair) {
    return pairLeft[pair];
  }

  public int rightIndex(int pair) {
    return pairRight[pair];
  }

  public String leftId(int pair) {
    return left[pairLeft[pair]].id;
  }

  public String rightId(int pair) {
    return right[pairRight[pair]].id;
  }

  public double matchWeight(int pair) {
    return weights[pair];
  }

  public double probability(int pair) {
    return MatchModel.probability(weights[pair]);
  }

  public Explanation explain(int pair) {
    return scorer.explain(left[pairLeft[pair]], right[pairRight[pair]]);
  }

  public MatchModel model() {
    return scorer.model;
  }

  public Stats stats() {
    return stats;
  }

  /** The threshold the run was asked to use. */
  public double threshold() {
    return threshold;
  }

  /** Pairs at or above the run's threshold, most likely first. */
  public List<ScoredPair> matches() {
    return pairs(threshold);
  }

  /** Pairs at or above {@code minProbability}, most likely first. */
  public List<ScoredPair> pairs(double minProbability) {
    List<ScoredPair> out = new ArrayList<>();
    for (int k = 0; k < weights.length; k++) {
      double p = probability(k);
      if (p >= minProbability) {
        out.add(new ScoredPair(leftId(k), rightId(k), weights[k], p));
      }
    }
    out.sort(Comparator.comparingDouble(ScoredPair::matchWeight).reversed());
    return out;
  }

  /**
   * Clusters of the pairs at or above {@code minProbability}. When deduplicating, record i is
   * number i; when linking, left records come first, then right record j is number left + j.
   */
  public Clusters clusters(double minProbability) {
    int offset = deduplication ? 0 : left.length;
    int[] a = new int[weights.length];
    int[] b = new int[weights.length];
    int n = 0;
    for (int k = 0; k < weights.length; k++) {
      if (probability(k) >= minProbability) {
        a[n] = pairLeft[k];
        b[n++] = pairRight[k] + offset;
      }
    }
    int records = deduplication ? left.length : left.length + right.length;
    return new Clusters(records, java.util.Arrays.copyOf(a, n), java.util.Arrays.copyOf(b, n));
  }

  /** The id of left record {@code index} (its position in the left input). */
  public String leftRecordId(int index) {
    return left[index].id;
  }

  /** The id of right record {@code index}. */
  public String rightRecordId(int index) {
    return right[index].id;
  }

  public int leftCount() {
    return left.length;
  }

  public int rightCount() {
    return right.length;
  }
}
