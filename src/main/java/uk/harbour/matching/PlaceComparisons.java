package uk.harbour.matching;

import java.util.Arrays;

/** Postcodes (exact, one typo, same sector, same district) and addresses (bigram overlap). */
final class PlaceComparisons {

  private PlaceComparisons() {}

  /** The postcode; sector and district follow the UK shape, or drop trailing digits otherwise. */
  static final class PostcodeComparison implements FieldComparison {
    private static final String[] LEVELS = {
      "exact", "one character different", "same sector", "same district", "different"
    };

    @Override
    public String field() {
      return "postcode";
    }

    @Override
    public String[] levels() {
      return LEVELS;
    }

    @Override
    public int compare(RecordFeatures a, RecordFeatures b) {
      if (a.postcode.length == 0 || b.postcode.length == 0) {
        return MISSING;
      }
      if (Arrays.equals(a.postcode, b.postcode)) {
        return 0;
      }
      if (Edits.withinOne(a.postcode, b.postcode)) {
        return 1;
      }
      if (a.postcodeSector != 0 && a.postcodeSector == b.postcodeSector) {
        return 2;
      }
      if (a.postcodeDistrict != 0 && a.postcodeDistrict == b.postcodeDistrict) {
        return 3;
      }
      return 4;
    }

    @Override
    public double[] priorM() {
      return new double[] {0.8, 0.05, 0.04, 0.03, 0.08};
    }

    @Override
    public double[] priorU() {
      return new double[] {0.001, 0.002, 0.005, 0.02, 0.972};
    }
  }

  /** The address, compared by the overlap of its two-letter pieces (Dice coefficient). */
  static final class AddressComparison implements FieldComparison {
    static final double[] BANDS = {0.8, 0.6, 0.4};
    private static final String[] LEVELS = {
      "exact", "nearly the same", "much in common", "some in common", "different"
    };

    @Override
    public String field() {
      return "address";
    }

    @Override
    public String[] levels() {
      return LEVELS;
    }

    @Override
    public int compare(RecordFeatures a, RecordFeatures b) {
      if (a.addressBigrams.length == 0 || b.addressBigrams.length == 0) {
        return MISSING;
      }
      if (a.addressHash == b.addressHash && Arrays.equals(a.addressBigrams, b.addressBigrams)) {
        return 0;
      }
      double dice = Edits.dice(a.addressBigrams, b.addressBigrams);
      for (int i = 0; i < BANDS.length; i++) {
        if (dice >= BANDS[i]) {
          return i + 1;
        }
      }
      return BANDS.length + 1;
    }

    @Override
    public double[] priorM() {
      return new double[] {0.7, 0.12, 0.06, 0.04, 0.08};
    }

    @Override
    public double[] priorU() {
      return new double[] {0.0005, 0.002, 0.01, 0.06, 0.9275};
    }
  }
}
