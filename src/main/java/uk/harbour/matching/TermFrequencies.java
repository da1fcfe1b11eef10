package uk.harbour.matching;

/**
 * How common each given and family name is among the records, so that an exact match on a rare name
 * counts for more than one on a common name: the exact-level weight is shifted by log2(u_exact /
 * share of the name), with u_exact the chance two random records share a name.
 */
final class TermFrequencies {

  /** The largest shift, in bits, a name's frequency may make. */
  static final double MAX_SHIFT = 4;

  private final Counts given = new Counts();
  private final Counts family = new Counts();

  void add(RecordFeatures r) {
    given.add(r.hasGiven(), r.givenHash, 1);
    family.add(r.hasFamily(), r.familyHash, 1);
  }

  void remove(RecordFeatures r) {
    given.add(r.hasGiven(), r.givenHash, -1);
    family.add(r.hasFamily(), r.familyHash, -1);
  }

  double givenShift(int hash) {
    return given.shift(hash);
  }

  double familyShift(int hash) {
    return family.shift(hash);
  }

  /** Counts of one name field, with the running sum of squared counts. */
  private static final class Counts {
    private final LongIntMap counts = new LongIntMap(1024);
    private long total;
    private long sumOfSquares;

    void add(boolean present, int hash, int delta) {
      if (!present) {
        return;
      }
      int after = counts.add(hash, delta);
      int before = after - delta;
      sumOfSquares += (long) after * after - (long) before * before;
      total += delta;
    }

    double shift(int hash) {
      int count = counts.get(hash);
      if (count <= 0 || total <= 0) {
        return 0;
      }
      double uExact = (double) sumOfSquares / ((double) total * total);
      double share = (double) count / total;
      double shift = MatchModel.log2(uExact / share);
      return Math.max(-MAX_SHIFT, Math.min(MAX_SHIFT, shift));
    }
  }
}
