package uk.harbour.matching;

/**
 * Expectation maximisation for the Fellegi-Sunter mixture over counted comparison patterns: each
 * round weighs every pattern by its current match probability and re-estimates m (and u, unless u
 * is held at its random-pair estimate) and the share of matches, until nothing moves.
 */
final class Em {

  static final int MAX_ROUNDS = 200;
  static final double TOLERANCE = 1e-6;
  private static final double PSEUDO_COUNT = 0.01;

  private Em() {}

  /** The fitted model and the number of rounds taken. */
  record Fit(MatchModel model, int rounds) {}

  static Fit fit(MatchModel start, PatternCodec codec, LongIntMap patterns, boolean fixU) {
    int fields = start.fields.length;
    int count = patterns.size();
    int[][] levels = new int[count][fields];
    double[] weight = new double[count];
    int[] next = {0};
    patterns.forEach(
        (code, n) -> {
          codec.decode(code, levels[next[0]]);
          weight[next[0]++] = n;
        });
    double[][] m = copy(start.m);
    double[][] u = copy(start.u);
    double lambda = start.lambda;
    int round = 0;
    while (round++ < MAX_ROUNDS) {
      double[][] mSum = zeros(m);
      double[][] uSum = zeros(u);
      double matches = 0;
      double total = 0;
      for (int p = 0; p < count; p++) {
        double logM = Math.log(lambda);
        double logU = Math.log(1 - lambda);
        int[] l = levels[p];
        for (int f = 0; f < fields; f++) {
          if (l[f] >= 0) {
            logM += Math.log(Math.max(MatchModel.FLOOR, m[f][l[f]]));
            logU += Math.log(Math.max(MatchModel.FLOOR, u[f][l[f]]));
          }
        }
        double g = 1 / (1 + Math.exp(logU - logM));
        double n = weight[p];
        matches += n * g;
        total += n;
        for (int f = 0; f < fields; f++) {
          if (l[f] >= 0) {
            mSum[f][l[f]] += n * g;
            uSum[f][l[f]] += n * (1 - g);
          }
        }
      }
      double change = normalise(mSum, m);
      if (!fixU) {
        change = Math.max(change, normalise(uSum, u));
      }
      double newLambda = total == 0 ? lambda : matches / total;
      change = Math.max(change, Math.abs(newLambda - lambda));
      lambda = newLambda;
      if (change < TOLERANCE) {
        break;
      }
    }
    return new Fit(new MatchModel(start.schema, start.fields, lambda, m, u), round);
  }

  /** Turns sums into probabilities in place of {@code target}; returns the largest change. */
  private static double normalise(double[][] sums, double[][] target) {
    double change = 0;
    for (int f = 0; f < sums.length; f++) {
      double total = 0;
      for (double s : sums[f]) {
        total += s;
      }
      if (total <= 0) {
        continue;
      }
      double denominator = total + PSEUDO_COUNT * sums[f].length;
      for (int l = 0; l < sums[f].length; l++) {
        double value = (sums[f][l] + PSEUDO_COUNT) / denominator;
        change = Math.max(change, Math.abs(value - target[f][l]));
        target[f][l] = value;
      }
    }
    return change;
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  private static double[][] zeros(double[][] shape) {
    double[][] z = new double[shape.length][];
    for (int i = 0; i < shape.length; i++) {
      z[i] = new double[shape[i].length];
    }
    return z;
  }
}
