package uk.harbour.matching;

/**
 * Guards against expectation maximisation finding the wrong split. With no true matches among the
 * candidates (two unrelated files, say) EM still splits them in two, often by whatever blocking
 * made them share, and can learn that a different given name is evidence of a match. A model is
 * plausible only if, for given name, family name and date of birth, exact agreement weighs for a
 * match and disagreement against it.
 */
final class ModelCheck {

  private static final int[] CORE_FIELDS = {0, 1, 2};

  private ModelCheck() {}

  static boolean plausible(MatchModel model) {
    for (int f : CORE_FIELDS) {
      double[] w = model.weights[f];
      if (!(w[0] > 0 && w[w.length - 1] < 0)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The model to use when EM's is implausible: prior m, u from random pairs, and a prior share of
   * matches that assumes each record matches at most one candidate.
   */
  static MatchModel fallback(MatchModel prior, double[][] u, double lambda) {
    return new MatchModel(prior.schema, prior.fields, lambda, prior.m, u);
  }
}
