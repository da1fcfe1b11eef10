package uk.harbour.matching;

import java.util.Arrays;

/**
 * The blocking keys of a record: two records become a candidate pair when they share any key.
 * Several keys in union keep true pairs together even when one field is wrong or missing; a key
 * carried by more than {@code maxBlock} records is skipped, which bounds the candidate pairs.
 */
final class Blocking {

  static final int FAMILY_SOUND_YEAR = 1;
  static final int GIVEN_SOUND_YEAR = 2;
  static final int DATE_OF_BIRTH = 3;
  static final int BOTH_NAMES_SOUND = 4;
  static final int INITIAL_POSTCODE = 5;
  static final int FAMILY_SOUND_POSTCODE = 6;
  static final int DAY_MONTH_FAMILY_INITIAL = 7;
  static final int FAMILY_GIVEN_INITIAL = 8;
  static final int NAME_SOUND = 9;
  static final int POSTCODE = 10;
  static final int IDENTIFIER = 16;
  static final int IDENTIFIER_HALF = 48;

  /**
   * Narrow keys (any one name's sound, whichever field it is in) are used only while rare: their
   * lowest bit is set, and a search allows them half the usual block size.
   */
  static int narrowBlock(int maxBlock) {
    return Math.max(2, maxBlock / 2);
  }

  static boolean narrow(long key) {
    return (key & 1) == 1;
  }

  /** The largest age range, in years, that is spread over year keys. */
  private static final int MAX_YEARS = 6;

  private Blocking() {}

  static long[] keys(RecordFeatures r) {
    long[] keys = new long[48];
    int n = 0;
    int fromYear = r.minYear;
    int toYear = Math.min(r.maxYear, r.minYear + MAX_YEARS - 1);
    boolean years = r.minYear > 0;
    if (years && r.familyPhonetic != 0) {
      for (int y = fromYear; y <= toYear; y++) {
        keys[n++] = Hashing.key(FAMILY_SOUND_YEAR, r.familyPhonetic, y);
      }
    }
    if (years && r.givenPhonetic != 0) {
      for (int y = fromYear; y <= toYear; y++) {
        keys[n++] = Hashing.key(GIVEN_SOUND_YEAR, r.givenPhonetic, y);
      }
    }
    if (r.completeDate()) {
      keys[n++] = Hashing.key(DATE_OF_BIRTH, r.year * 10000L + r.month * 100L + r.day, 0);
      if (r.hasFamily()) {
        keys[n++] =
            Hashing.key(DAY_MONTH_FAMILY_INITIAL, r.month * 100L + r.day, r.familyInitial());
      }
    }
    if (r.givenPhonetic != 0 && r.familyPhonetic != 0) {
      int lo = Math.min(r.givenPhonetic, r.familyPhonetic);
      int hi = Math.max(r.givenPhonetic, r.familyPhonetic);
      keys[n++] = Hashing.key(BOTH_NAMES_SOUND, lo, hi);
    }
    if (r.postcode.length > 0) {
      long postcode = Arrays.hashCode(r.postcode);
      if (r.hasGiven()) {
        keys[n++] = Hashing.key(INITIAL_POSTCODE, r.givenInitial(), postcode);
      }
      if (r.familyPhonetic != 0) {
        keys[n++] = Hashing.key(FAMILY_SOUND_POSTCODE, r.familyPhonetic, postcode);
      }
    }
    if (r.hasFamily() && r.hasGiven()) {
      keys[n++] = Hashing.key(FAMILY_GIVEN_INITIAL, r.familyHash, r.givenInitial());
    }
    for (int i = 0; i < r.identifiers.length && n + 3 <= keys.length; i++) {
      char[] id = r.identifiers[i];
      if (id.length > 0) {
        keys[n++] = wide(Hashing.key(IDENTIFIER + i, Arrays.hashCode(id), 0));
        if (id.length >= 10) {
          int half = id.length / 2;
          keys[n++] = wide(Hashing.key(IDENTIFIER_HALF + i, hash(id, 0, half), 1));
          keys[n++] = wide(Hashing.key(IDENTIFIER_HALF + i, hash(id, half, id.length), 2));
        }
      }
    }
    for (int i = 0; i < n; i++) {
      keys[i] = wide(keys[i]);
    }
    if (r.postcode.length > 0) {
      keys[n++] = Hashing.key(POSTCODE, Arrays.hashCode(r.postcode), 0) | 1;
    }
    for (int code : r.nameSounds) {
      if (n < keys.length) {
        keys[n++] = Hashing.key(NAME_SOUND, code, 0) | 1;
      }
    }
    long[] out = Arrays.copyOf(keys, n);
    Arrays.sort(out);
    return distinct(out);
  }

  private static long wide(long key) {
    return key & ~1L;
  }

  private static int hash(char[] value, int from, int to) {
    int h = 1;
    for (int i = from; i < to; i++) {
      h = 31 * h + value[i];
    }
    return h;
  }

  private static long[] distinct(long[] sorted) {
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
  }
}
