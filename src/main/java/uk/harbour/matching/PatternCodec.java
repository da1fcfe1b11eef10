package uk.harbour.matching;

/**
 * Packs a comparison vector (one level per field, -1 for missing) into one long, so that pairs with
 * the same vector can be counted together and expectation maximisation runs over patterns.
 */
final class PatternCodec {

  private final int[] radix;
  private final long[] place;

  PatternCodec(FieldComparison[] fields) {
    radix = new int[fields.length];
    place = new long[fields.length];
    long p = 1;
    for (int f = 0; f < fields.length; f++) {
      radix[f] = fields[f].levels().length + 1;
      place[f] = p;
      if (p > Long.MAX_VALUE / radix[f]) {
        throw new IllegalArgumentException("Too many fields to compare: " + fields.length);
      }
      p *= radix[f];
    }
  }

  long encode(int[] levels) {
    long code = 0;
    for (int f = 0; f < levels.length; f++) {
      code += (levels[f] + 1) * place[f];
    }
    return code;
  }

  void decode(long code, int[] out) {
    for (int f = 0; f < radix.length; f++) {
      out[f] = (int) (code % radix[f]) - 1;
      code /= radix[f];
    }
  }
}
