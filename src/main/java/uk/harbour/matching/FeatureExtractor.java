package uk.harbour.matching;

import java.util.ArrayList;
import java.util.List;

/** Works out a record's {@link RecordFeatures} once, so that comparing pairs is cheap. */
final class FeatureExtractor {

  /** How many years either side of an approximate age a date of birth may fall and still fit. */
  static final int AGE_LEEWAY_YEARS = 1;

  private final Schema schema;

  FeatureExtractor(Schema schema) {
    this.schema = schema;
  }

  Schema schema() {
    return schema;
  }

  RecordFeatures extract(PersonRecord r) {
    Builder b = new Builder(r.id());
    names(r, b);
    dates(r, b);
    b.sex = sex(r.sex());
    postcode(Normalise.compact(r.postcode()), b);
    String address = Normalise.text(r.address());
    b.addressBigrams = address.isEmpty() ? RecordFeatures.NO_INTS : Edits.bigrams(address);
    b.addressHash = address.hashCode();
    b.school = chars(Normalise.text(r.school()));
    b.identifiers = values(schema.identifiers(), r.identifiers(), true);
    b.attributes = values(schema.attributes(), r.attributes(), false);
    return new RecordFeatures(b);
  }

  /**
   * The names. A record that gives no first name but other names (a nickname, or the whole name a
   * member of the public typed) is compared on its first other name as if it were the first name;
   * one with no family name takes the last word of its first other name of two or more words. Such
   * derived names weigh for a match when they agree but never against it (see {@link
   * NameComparisons}), since a nickname need not resemble the child's name at all.
   */
  private static void names(PersonRecord r, Builder b) {
    String[] givens = Normalise.words(Normalise.name(r.givenNames()));
    String[] familyWords = Normalise.words(Normalise.name(r.familyName()));
    List<String[]> otherEntries = new ArrayList<>();
    for (String other : r.otherNames()) {
      String[] words = Normalise.words(Normalise.name(other));
      if (words.length > 0) {
        otherEntries.add(words);
      }
    }
    if (givens.length == 0 && !otherEntries.isEmpty()) {
      givens = new String[] {otherEntries.get(0)[0]};
      b.givenFromOther = true;
    }
    String given = givens.length > 0 ? givens[0] : "";
    b.given = chars(given);
    b.givenHash = given.hashCode();
    b.givenPhonetic = Phonetic.codes(given);
    b.givenGroups = Nicknames.table().groupsOf(given);
    String family = String.join("", familyWords);
    if (family.isEmpty()) {
      for (String[] words : otherEntries) {
        if (words.length >= 2) {
          family = words[words.length - 1];
          b.familyFromOther = true;
          break;
        }
      }
    }
    b.family = chars(family);
    b.familyHash = family.hashCode();
    b.familyPhonetic = Phonetic.codes(family);
    List<String> others = new ArrayList<>();
    for (int i = 1; i < givens.length; i++) {
      others.add(givens[i]);
    }
    if (familyWords.length > 1) {
      others.addAll(List.of(familyWords));
    }
    for (String[] words : otherEntries) {
      others.addAll(List.of(words));
    }
    b.otherNameHashes = others.stream().mapToInt(String::hashCode).distinct().sorted().toArray();
    b.otherGroups =
        others.stream()
            .flatMapToInt(word -> java.util.Arrays.stream(Nicknames.table().groupsOf(word)))
            .distinct()
            .sorted()
            .toArray();
    others.add(given);
    others.add(family);
    b.nameSounds =
        others.stream()
            .filter(word -> word.length() > 1)
            .mapToInt(word -> Phonetic.codes(word)[0])
            .filter(code -> code != 0)
            .distinct()
            .limit(8)
            .toArray();
  }

  private static void dates(PersonRecord r, Builder b) {
    BirthDate dob = r.dateOfBirth();
    if (dob != null && dob.yearKnown()) {
      b.year = dob.year();
      b.month = dob.month();
      b.day = dob.day();
      b.minYear = dob.year();
      b.maxYear = dob.year();
    } else if (r.approximateAge() != null && r.ageGivenOn() != null) {
      int born = r.ageGivenOn().getYear() - r.approximateAge();
      b.minYear = born - 1 - AGE_LEEWAY_YEARS;
      b.maxYear = born + AGE_LEEWAY_YEARS;
    }
  }

  static byte sex(String value) {
    String s = Normalise.text(value);
    return switch (s) {
      case "f", "female", "girl", "woman" -> 1;
      case "m", "male", "boy", "man" -> 2;
      default -> 0;
    };
  }

  private static void postcode(String compact, Builder b) {
    b.postcode = chars(compact);
    int n = compact.length();
    if (n == 0) {
      return;
    }
    boolean ukInward =
        n >= 5
            && n <= 7
            && Character.isDigit(compact.charAt(n - 3))
            && Character.isLetter(compact.charAt(n - 2))
            && Character.isLetter(compact.charAt(n - 1));
    if (ukInward) {
      String outward = compact.substring(0, n - 3);
      b.postcodeDistrict = ("d" + outward).hashCode();
      b.postcodeSector = ("s" + outward + compact.charAt(n - 3)).hashCode();
    } else if (n >= 3) {
      b.postcodeDistrict = ("d" + compact.substring(0, n - 2)).hashCode();
      b.postcodeSector = ("s" + compact.substring(0, n - 1)).hashCode();
    }
  }

  private static char[][] values(
      List<String> names, java.util.Map<String, String> values, boolean compact) {
    char[][] out = new char[names.size()][];
    for (int i = 0; i < out.length; i++) {
      String v = values.get(names.get(i));
      out[i] = chars(compact ? Normalise.compact(v) : Normalise.text(v));
    }
    return out;
  }

  private static char[] chars(String s) {
    return s.isEmpty() ? RecordFeatures.EMPTY : s.toCharArray();
  }

  /** Mutable holder the extractor fills before freezing it into {@link RecordFeatures}. */
  static final class Builder {
    final String id;
    char[] given = RecordFeatures.EMPTY;
    int givenHash;
    int[] givenPhonetic = {0, 0};
    int[] givenGroups = RecordFeatures.NO_INTS;
    int[] otherNameHashes = RecordFeatures.NO_INTS;
    int[] otherGroups = RecordFeatures.NO_INTS;
    boolean givenFromOther;
    boolean familyFromOther;
    int[] nameSounds = RecordFeatures.NO_INTS;
    char[] family = RecordFeatures.EMPTY;
    int familyHash;
    int[] familyPhonetic = {0, 0};
    int year;
    int month;
    int day;
    int minYear;
    int maxYear;
    byte sex;
    char[] postcode = RecordFeatures.EMPTY;
    int postcodeSector;
    int postcodeDistrict;
    int[] addressBigrams = RecordFeatures.NO_INTS;
    int addressHash;
    char[] school = RecordFeatures.EMPTY;
    char[][] identifiers = new char[0][];
    char[][] attributes = new char[0][];

    Builder(String id) {
      this.id = id;
    }
  }
}
