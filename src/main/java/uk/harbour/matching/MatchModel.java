package uk.harbour.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Fellegi-Sunter parameters: for each field and agreement level, m (how often records of the same
 * person show that level) and u (how often records of different people do), and the prior share of
 * candidate pairs that match. A level's weight is log2(m/u): the evidence it adds, in bits.
 */
public final class MatchModel {

  /** The prior share of candidates for one new record that are the same person: 1 in 1,000. */
  public static final double DEFAULT_LAMBDA = 0.001;

  /** No probability is allowed to reach 0, so no single field can veto or force a match. */
  static final double FLOOR = 1e-6;

  final Schema schema;
  final FieldComparison[] fields;
  final double lambda;
  final double[][] m;
  final double[][] u;
  final double[][] weights;
  final double priorWeight;

  MatchModel(Schema schema, FieldComparison[] fields, double lambda, double[][] m, double[][] u) {
    this.schema = schema;
    this.fields = fields;
    this.lambda = Math.min(1 - FLOOR, Math.max(FLOOR, lambda));
    this.m = m;
    this.u = u;
    this.weights = new double[fields.length][];
    for (int f = 0; f < fields.length; f++) {
      weights[f] = new double[m[f].length];
      for (int l = 0; l < m[f].length; l++) {
        weights[f][l] = log2(Math.max(FLOOR, m[f][l]) / Math.max(FLOOR, u[f][l]));
      }
    }
    this.priorWeight = log2(this.lambda / (1 - this.lambda));
  }

  /**
   * Starting parameters for the person fields (names, date of birth, sex, postcode, address,
   * school), for an index too small to estimate its own. The prior assumes one candidate in a
   * thousand is the same person.
   */
  public static MatchModel defaults() {
    return priors(Schema.PERSON, DEFAULT_LAMBDA);
  }

  static MatchModel priors(Schema schema, double lambda) {
    FieldComparison[] fields = schema.comparisons();
    double[][] m = new double[fields.length][];
    double[][] u = new double[fields.length][];
    for (int f = 0; f < fields.length; f++) {
      m[f] = fields[f].priorM();
      u[f] = fields[f].priorU();
    }
    return new MatchModel(schema, fields, lambda, m, u);
  }

  /** The prior probability that a candidate pair is the same person. */
  public double lambda() {
    return lambda;
  }

  /** The same parameters with a different prior (for a different population of candidates). */
  public MatchModel withLambda(double newLambda) {
    return new MatchModel(schema, fields, newLambda, m, u);
  }

  /** Every field and level with its m, u and weight, in order. */
  public List<LevelParameters> parameters() {
    List<LevelParameters> list = new ArrayList<>();
    for (int f = 0; f < fields.length; f++) {
      String[] levels = fields[f].levels();
      for (int l = 0; l < levels.length; l++) {
        list.add(
            new LevelParameters(fields[f].field(), levels[l], m[f][l], u[f][l], weights[f][l]));
      }
    }
    return list;
  }

  /** One agreement level of one field: its m and u probabilities and its weight in bits. */
  public record LevelParameters(String field, String level, double m, double u, double weight) {}

  static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  static double probability(double weight) {
    if (weight > 60) {
      return 1.0;
    }
    double odds = Math.pow(2, weight);
    return odds / (1 + odds);
  }
}
