package uk.harbour.tools.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.harbour.matching.LinkResult;

/**
 * Pairwise quality of a deduplication against ground truth: pair completeness of the candidate
 * pairs, and precision, recall, F1 and F0.5 of the pairs at or above a threshold.
 */
public record Evaluation(
    long candidates,
    long truePairs,
    long trueCandidates,
    long predicted,
    long truePositives,
    double threshold) {

  public static Evaluation of(LinkResult result, List<String> truth, double threshold) {
    int[] label = labels(truth);
    long truePairs = truePairs(label);
    long trueCandidates = 0;
    long predicted = 0;
    long tp = 0;
    for (int k = 0; k < result.pairCount(); k++) {
      boolean same = label[result.leftIndex(k)] == label[result.rightIndex(k)];
      if (same) {
        trueCandidates++;
      }
      if (result.probability(k) >= threshold) {
        predicted++;
        if (same) {
          tp++;
        }
      }
    }
    return new Evaluation(result.pairCount(), truePairs, trueCandidates, predicted, tp, threshold);
  }

  /** The threshold, among the candidates' probabilities, that would have maximised F0.5. */
  static Evaluation bestF05(LinkResult result, List<String> truth) {
    int[] label = labels(truth);
    long truePairs = truePairs(label);
    int n = result.pairCount();
    Integer[] order = new Integer[n];
    long trueCandidates = 0;
    for (int k = 0; k < n; k++) {
      order[k] = k;
      if (label[result.leftIndex(k)] == label[result.rightIndex(k)]) {
        trueCandidates++;
      }
    }
    java.util.Arrays.sort(
        order, (a, b) -> Double.compare(result.matchWeight(b), result.matchWeight(a)));
    Evaluation best = new Evaluation(n, truePairs, trueCandidates, 0, 0, 1.0);
    long tp = 0;
    for (int r = 0; r < n; r++) {
      int k = order[r];
      if (label[result.leftIndex(k)] == label[result.rightIndex(k)]) {
        tp++;
      }
      Evaluation e = new Evaluation(n, truePairs, trueCandidates, r + 1, tp, result.probability(k));
      if (e.f(0.5) > best.f(0.5)) {
        best = e;
      }
    }
    return best;
  }

  private static int[] labels(List<String> truth) {
    Map<String, Integer> ids = new HashMap<>();
    int[] label = new int[truth.size()];
    for (int i = 0; i < label.length; i++) {
      label[i] = ids.computeIfAbsent(truth.get(i), k -> ids.size());
    }
    return label;
  }

  private static long truePairs(int[] label) {
    Map<Integer, Integer> sizes = new HashMap<>();
    for (int l : label) {
      sizes.merge(l, 1, Integer::sum);
    }
    long pairs = 0;
    for (int s : sizes.values()) {
      pairs += (long) s * (s - 1) / 2;
    }
    return pairs;
  }

  public double pairCompleteness() {
    return truePairs == 0 ? 1 : (double) trueCandidates / truePairs;
  }

  public double precision() {
    return predicted == 0 ? 1 : (double) truePositives / predicted;
  }

  public double recall() {
    return truePairs == 0 ? 1 : (double) truePositives / truePairs;
  }

  public double f(double beta) {
    double p = precision();
    double r = recall();
    double b2 = beta * beta;
    return p + r == 0 ? 0 : (1 + b2) * p * r / (b2 * p + r);
  }
}
