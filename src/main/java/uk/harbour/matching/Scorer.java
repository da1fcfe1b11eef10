package uk.harbour.matching;

import java.util.ArrayList;
import java.util.List;

/** Compares two records field by field and adds up the evidence under a {@link MatchModel}. */
final class Scorer {

  private static final int GIVEN = 0;
  private static final int FAMILY = 1;

  final MatchModel model;
  private final FieldComparison[] fields;
  private final TermFrequencies frequencies;

  Scorer(MatchModel model, TermFrequencies frequencies) {
    this.model = model;
    this.fields = model.fields;
    this.frequencies = frequencies;
  }

  int fieldCount() {
    return fields.length;
  }

  /** Every field's level; the two names (always fields 0 and 1) are worked out together. */
  void levels(RecordFeatures a, RecordFeatures b, int[] out) {
    NameComparisons.both(a, b, out);
    for (int f = FAMILY + 1; f < fields.length; f++) {
      out[f] = fields[f].compare(a, b);
    }
  }

  double weight(RecordFeatures a, int[] levels) {
    double w = model.priorWeight;
    double[][] weights = model.weights;
    for (int f = 0; f < levels.length; f++) {
      int level = levels[f];
      if (level >= 0) {
        w += weights[f][level];
      }
    }
    return w + shift(a, levels);
  }

  /** Term-frequency shifts for exact given and family names. */
  double shift(RecordFeatures a, int[] levels) {
    if (frequencies == null) {
      return 0;
    }
    double s = 0;
    if (levels[GIVEN] == NameComparisons.G_EXACT) {
      s += frequencies.givenShift(a.givenHash);
    }
    if (levels[FAMILY] == NameComparisons.F_EXACT) {
      s += frequencies.familyShift(a.familyHash);
    }
    return s;
  }

  Explanation explain(RecordFeatures a, RecordFeatures b) {
    int[] levels = new int[fields.length];
    levels(a, b, levels);
    List<FieldMatch> matches = new ArrayList<>(fields.length);
    for (int f = 0; f < fields.length; f++) {
      int level = levels[f];
      if (level < 0) {
        matches.add(new FieldMatch(fields[f].field(), FieldMatch.MISSING, 0));
        continue;
      }
      double w = model.weights[f][level];
      String label = fields[f].levels()[level];
      if (frequencies != null && f == GIVEN && level == NameComparisons.G_EXACT) {
        w += frequencies.givenShift(a.givenHash);
        label += FieldMatch.ADJUSTED;
      } else if (frequencies != null && f == FAMILY && level == NameComparisons.F_EXACT) {
        w += frequencies.familyShift(a.familyHash);
        label += FieldMatch.ADJUSTED;
      }
      matches.add(new FieldMatch(fields[f].field(), label, w));
    }
    double total = weight(a, levels);
    return new Explanation(model.priorWeight, matches, total, MatchModel.probability(total));
  }
}
