package uk.harbour.matching;

import java.util.SplittableRandom;

/**
 * Estimates u, the level probabilities for records of different people, from pairs drawn at random:
 * almost every random pair is two different people, so no labels are needed.
 */
final class RandomPairs {

  private RandomPairs() {}

  /**
   * Returns u per field and level, or the prior where a field was never observed. {@code right} is
   * the same array as {@code left} when deduplicating; a record is never paired with itself.
   */
  static double[][] estimateU(
      Scorer scorer, RecordFeatures[] left, RecordFeatures[] right, int samples, long seed) {
    return fromCounts(scorer, count(scorer, left, right, samples, seed));
  }

  /** Level counts over {@code samples} random pairs. */
  static double[][] count(
      Scorer scorer, RecordFeatures[] left, RecordFeatures[] right, int samples, long seed) {
    FieldComparison[] fields = scorer.model.fields;
    double[][] counts = new double[fields.length][];
    for (int f = 0; f < fields.length; f++) {
      counts[f] = new double[fields[f].levels().length];
    }
    boolean same = left == right;
    long possible =
        same ? (long) left.length * (left.length - 1) / 2 : (long) left.length * right.length;
    if (possible > 0) {
      SplittableRandom random = new SplittableRandom(seed);
      int[] levels = new int[fields.length];
      for (int s = 0; s < samples; s++) {
        int i = random.nextInt(left.length);
        int j = random.nextInt(right.length);
        if (same && i == j) {
          continue;
        }
        scorer.levels(left[i], right[j], levels);
        for (int f = 0; f < fields.length; f++) {
          if (levels[f] >= 0) {
            counts[f][levels[f]]++;
          }
        }
      }
    }
    return counts;
  }

  /** u from summed level counts, or the prior where a field was hardly ever observed. */
  static double[][] fromCounts(Scorer scorer, double[][] counts) {
    FieldComparison[] fields = scorer.model.fields;
    double[][] u = new double[fields.length][];
    for (int f = 0; f < fields.length; f++) {
      double total = 0;
      for (double c : counts[f]) {
        total += c;
      }
      if (total < 100) {
        u[f] = scorer.model.u[f].clone();
        continue;
      }
      u[f] = new double[counts[f].length];
      for (int l = 0; l < counts[f].length; l++) {
        u[f][l] = (counts[f][l] + 0.5) / (total + 0.5 * counts[f].length);
      }
    }
    return u;
  }
}
