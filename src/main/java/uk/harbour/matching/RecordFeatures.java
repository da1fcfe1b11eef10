package uk.harbour.matching;

/**
 * Everything the comparators need about one record, worked out once: normalised names as char
 * arrays, their hashes, phonetic codes and nickname groups, date parts, postcode parts, address
 * bigrams. Empty arrays and zero values mean missing.
 */
final class RecordFeatures {

  static final char[] EMPTY = new char[0];
  static final int[] NO_INTS = new int[0];

  final String id;
  final char[] given;
  final int givenHash;
  final int givenPhonetic;
  final int givenPhoneticAlt;
  final int[] givenGroups;
  final int[] otherNameHashes;
  final int[] otherGroups;
  final boolean givenFromOther;
  final boolean familyFromOther;
  final int[] nameSounds;
  final char[] family;
  final int familyHash;
  final int familyPhonetic;
  final int familyPhoneticAlt;
  final int year;
  final int month;
  final int day;
  final int minYear;
  final int maxYear;
  final byte sex;
  final char[] postcode;
  final int postcodeSector;
  final int postcodeDistrict;
  final int[] addressBigrams;
  final int addressHash;
  final char[] school;
  final char[][] identifiers;
  final char[][] attributes;

  RecordFeatures(FeatureExtractor.Builder b) {
    id = b.id;
    given = b.given;
    givenHash = b.givenHash;
    givenPhonetic = b.givenPhonetic[0];
    givenPhoneticAlt = b.givenPhonetic[1];
    givenGroups = b.givenGroups;
    otherNameHashes = b.otherNameHashes;
    otherGroups = b.otherGroups;
    givenFromOther = b.givenFromOther;
    familyFromOther = b.familyFromOther;
    nameSounds = b.nameSounds;
    family = b.family;
    familyHash = b.familyHash;
    familyPhonetic = b.familyPhonetic[0];
    familyPhoneticAlt = b.familyPhonetic[1];
    year = b.year;
    month = b.month;
    day = b.day;
    minYear = b.minYear;
    maxYear = b.maxYear;
    sex = b.sex;
    postcode = b.postcode;
    postcodeSector = b.postcodeSector;
    postcodeDistrict = b.postcodeDistrict;
    addressBigrams = b.addressBigrams;
    addressHash = b.addressHash;
    school = b.school;
    identifiers = b.identifiers;
    attributes = b.attributes;
  }

  boolean hasGiven() {
    return given.length > 0;
  }

  boolean hasFamily() {
    return family.length > 0;
  }

  boolean completeDate() {
    return year > 0 && month > 0 && day > 0;
  }

  char givenInitial() {
    return given.length > 0 ? given[0] : 0;
  }

  char familyInitial() {
    return family.length > 0 ? family[0] : 0;
  }

  static boolean same(char[] a, int hashA, char[] b, int hashB) {
    return hashA == hashB && java.util.Arrays.equals(a, b);
  }
}
