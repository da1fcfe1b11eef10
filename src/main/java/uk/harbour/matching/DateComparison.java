package uk.harbour.matching;

/**
 * Dates of birth: exact; day and month swapped or one digit mistyped; two of day, month and year
 * agree; only the year agrees; a year-only date or an approximate age that fits; different.
 */
final class DateComparison implements FieldComparison {

  static final int EXACT = 0;
  static final int TYPO = 1;
  static final int TWO_PARTS = 2;
  static final int SAME_YEAR = 3;
  static final int FITS = 4;
  static final int DISAGREE = 5;

  private static final String[] LEVELS = {
    "exact",
    "day and month swapped or one digit different",
    "two of day, month and year agree",
    "same year only",
    "year or approximate age fits",
    "different"
  };

  @Override
  public String field() {
    return "date of birth";
  }

  @Override
  public String[] levels() {
    return LEVELS;
  }

  @Override
  public int compare(RecordFeatures a, RecordFeatures b) {
    if (a.completeDate() && b.completeDate()) {
      return full(a.year, a.month, a.day, b.year, b.month, b.day);
    }
    if (a.minYear == 0 || b.minYear == 0) {
      return MISSING;
    }
    return a.minYear <= b.maxYear && b.minYear <= a.maxYear ? FITS : DISAGREE;
  }

  static int full(int y1, int m1, int d1, int y2, int m2, int d2) {
    if (y1 == y2 && m1 == m2 && d1 == d2) {
      return EXACT;
    }
    if (y1 == y2 && m1 == d2 && d1 == m2) {
      return TYPO;
    }
    if (oneDigitOrSwap(y1 * 10000 + m1 * 100 + d1, y2 * 10000 + m2 * 100 + d2)) {
      return TYPO;
    }
    int agree = (y1 == y2 ? 1 : 0) + (m1 == m2 ? 1 : 0) + (d1 == d2 ? 1 : 0);
    if (agree >= 2) {
      return TWO_PARTS;
    }
    return y1 == y2 ? SAME_YEAR : DISAGREE;
  }

  /** Whether two eight-digit dates differ in one digit or by two adjacent digits swapped. */
  static boolean oneDigitOrSwap(int a, int b) {
    int diffs = 0;
    int first = -1;
    int x = a;
    int y = b;
    int prevX = -1;
    int prevY = -1;
    boolean swap = false;
    for (int i = 0; i < 8; i++) {
      int cx = x % 10;
      int cy = y % 10;
      if (cx != cy) {
        diffs++;
        if (diffs == 2 && first == i - 1 && cx == prevY && cy == prevX) {
          swap = true;
        }
        first = diffs == 1 ? i : first;
      }
      prevX = cx;
      prevY = cy;
      x /= 10;
      y /= 10;
    }
    return diffs == 1 || (diffs == 2 && swap);
  }

  @Override
  public double[] priorM() {
    return new double[] {0.85, 0.05, 0.04, 0.01, 0.03, 0.02};
  }

  @Override
  public double[] priorU() {
    return new double[] {0.0001, 0.0005, 0.003, 0.012, 0.02, 0.9644};
  }
}
