package uk.harbour.matching;

import java.util.List;

/**
 * Why a pair scored as it did: the prior weight, each field's level and weight, their total (the
 * match weight, in bits) and the probability it stands for: 2^w / (1 + 2^w).
 */
public record Explanation(
    double priorWeight, List<FieldMatch> fields, double matchWeight, double probability) {

  public Explanation {
    fields = List.copyOf(fields);
  }

  /** The fields that agreed to some degree (positive weight), strongest first. */
  public List<FieldMatch> agreements() {
    return fields.stream()
        .filter(f -> f.weight() > 0)
        .sorted((x, y) -> Double.compare(y.weight(), x.weight()))
        .toList();
  }

  /** The fields that counted against the match (negative weight), strongest first. */
  public List<FieldMatch> disagreements() {
    return fields.stream()
        .filter(f -> f.weight() < 0)
        .sorted((x, y) -> Double.compare(x.weight(), y.weight()))
        .toList();
  }
}
