package uk.harbour.matching;

import java.util.Arrays;

/** Sex, school, named identifiers and named attributes. */
final class ValueComparisons {

  private ValueComparisons() {}

  /** Sex, when both records state it. */
  static final class SexComparison implements FieldComparison {
    private static final String[] LEVELS = {"same", "different"};

    @Override
    public String field() {
      return "sex";
    }

    @Override
    public String[] levels() {
      return LEVELS;
    }

    @Override
    public int compare(RecordFeatures a, RecordFeatures b) {
      if (a.sex == 0 || b.sex == 0) {
        return MISSING;
      }
      return a.sex == b.sex ? 0 : 1;
    }

    @Override
    public double[] priorM() {
      return new double[] {0.97, 0.03};
    }

    @Override
    public double[] priorU() {
      return new double[] {0.5, 0.5};
    }
  }

  /** Text compared by spelling: exact, close, similar, different. */
  abstract static class Spelling implements FieldComparison {
    private static final String[] LEVELS = {"exact", "close spelling", "similar", "different"};

    abstract char[] value(RecordFeatures r);

    @Override
    public String[] levels() {
      return LEVELS;
    }

    @Override
    public int compare(RecordFeatures a, RecordFeatures b) {
      char[] x = value(a);
      char[] y = value(b);
      if (x.length == 0 || y.length == 0) {
        return MISSING;
      }
      if (Arrays.equals(x, y)) {
        return 0;
      }
      double jw = JaroWinkler.similarity(x, y);
      return jw >= 0.92 ? 1 : jw >= 0.8 ? 2 : 3;
    }

    @Override
    public double[] priorM() {
      return new double[] {0.8, 0.08, 0.04, 0.08};
    }

    @Override
    public double[] priorU() {
      return new double[] {0.02, 0.01, 0.05, 0.92};
    }
  }

  /** The school attended. */
  static final class SchoolComparison extends Spelling {
    @Override
    public String field() {
      return "school";
    }

    @Override
    char[] value(RecordFeatures r) {
      return r.school;
    }
  }

  /** A named descriptive attribute, such as a town or an occupation. */
  static final class AttributeComparison extends Spelling {
    private final String name;
    private final int index;

    AttributeComparison(String name, int index) {
      this.name = name;
      this.index = index;
    }

    @Override
    public String field() {
      return name;
    }

    @Override
    char[] value(RecordFeatures r) {
      return r.attributes[index];
    }
  }

  /** A named near-unique identifier: exact, one character different, close, different. */
  static final class IdentifierComparison implements FieldComparison {
    private static final String[] LEVELS = {
      "exact", "one character different", "close", "different"
    };
    private final String name;
    private final int index;

    IdentifierComparison(String name, int index) {
      this.name = name;
      this.index = index;
    }

    @Override
    public String field() {
      return name;
    }

    @Override
    public String[] levels() {
      return LEVELS;
    }

    @Override
    public int compare(RecordFeatures a, RecordFeatures b) {
      char[] x = a.identifiers[index];
      char[] y = b.identifiers[index];
      if (x.length == 0 || y.length == 0) {
        return MISSING;
      }
      if (Arrays.equals(x, y)) {
        return 0;
      }
      if (Edits.withinOne(x, y)) {
        return 1;
      }
      return JaroWinkler.similarity(x, y) >= 0.88 ? 2 : 3;
    }

    @Override
    public double[] priorM() {
      return new double[] {0.85, 0.07, 0.03, 0.05};
    }

    @Override
    public double[] priorU() {
      return new double[] {0.00001, 0.0001, 0.002, 0.99789};
    }
  }
}
