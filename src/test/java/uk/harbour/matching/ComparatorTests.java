package uk.harbour.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ComparatorTests {

  @Test
  void jaroWinklerKnownValues() {
    assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.9611, within(1e-4));
    assertThat(JaroWinkler.similarity("dwayne", "duane")).isCloseTo(0.84, within(1e-4));
    assertThat(JaroWinkler.similarity("dixon", "dicksonx")).isCloseTo(0.8133, within(1e-4));
    assertThat(JaroWinkler.similarity("jones", "johnson")).isCloseTo(0.8323, within(1e-4));
    assertThat(JaroWinkler.similarity("abc", "abc")).isEqualTo(1.0);
    assertThat(JaroWinkler.similarity("abc", "xyz")).isEqualTo(0.0);
    assertThat(JaroWinkler.similarity("", "abc")).isEqualTo(0.0);
  }

  @Test
  void jaroWinklerIsTheSameForLongStrings() {
    String a = "x".repeat(60) + "martha";
    String b = "x".repeat(60) + "marhta";
    double longResult = JaroWinkler.similarity(a, b);
    assertThat(longResult).isGreaterThan(0.98).isLessThan(1.0);
    assertThat(JaroWinkler.similarity("y".repeat(100), "y".repeat(100))).isEqualTo(1.0);
  }

  @Test
  void phoneticCodesAgreeForSoundAlikes() {
    assertThat(Phonetic.primary("smith")).isEqualTo("SM0");
    int[] smith = Phonetic.codes("smith");
    int[] smyth = Phonetic.codes("smyth");
    int[] jones = Phonetic.codes("jones");
    assertThat(Phonetic.agree(smith[0], smith[1], smyth[0], smyth[1])).isTrue();
    assertThat(Phonetic.agree(smith[0], smith[1], jones[0], jones[1])).isFalse();
    int[] catherine = Phonetic.codes("catherine");
    int[] kathryn = Phonetic.codes("kathryn");
    assertThat(Phonetic.agree(catherine[0], catherine[1], kathryn[0], kathryn[1])).isTrue();
  }

  @Test
  void nicknamesLinkDiminutivesToFormalNames() {
    Nicknames table = Nicknames.table();
    assertThat(table.size()).isGreaterThan(500);
    assertThat(table.related("bob", "robert")).isTrue();
    assertThat(table.related("bill", "william")).isTrue();
    assertThat(table.related("liz", "elizabeth")).isTrue();
    assertThat(table.related("kate", "catherine")).isTrue();
    assertThat(table.related("bob", "mary")).isFalse();
    assertThat(table.related("unknownname", "robert")).isFalse();
  }

  @Test
  void normalisingRemovesAccentsPunctuationAndCase() {
    assertThat(Normalise.name("  Zoë O'Brien-Smith ")).isEqualTo("zoe obrien smith");
    assertThat(Normalise.text("12, High St.")).isEqualTo("12 high st");
    assertThat(Normalise.compact("SW1A 2AA")).isEqualTo("sw1a2aa");
  }

  @Test
  void datesOfBirthAgreeByLevel() {
    assertThat(DateComparison.full(2010, 3, 4, 2010, 3, 4)).isEqualTo(DateComparison.EXACT);
    assertThat(DateComparison.full(2010, 3, 4, 2010, 4, 3)).isEqualTo(DateComparison.TYPO);
    assertThat(DateComparison.full(2010, 3, 4, 2011, 3, 4)).isEqualTo(DateComparison.TYPO);
    assertThat(DateComparison.full(2010, 3, 14, 2010, 3, 41)).isEqualTo(DateComparison.TYPO);
    assertThat(DateComparison.full(2010, 3, 4, 2010, 3, 27)).isEqualTo(DateComparison.TWO_PARTS);
    assertThat(DateComparison.full(2010, 3, 4, 2010, 11, 27)).isEqualTo(DateComparison.SAME_YEAR);
    assertThat(DateComparison.full(2010, 3, 4, 1987, 11, 27)).isEqualTo(DateComparison.DISAGREE);
  }

  @Test
  void approximateAgeAndYearOnlyFitOrNot() {
    FeatureExtractor x = new FeatureExtractor(Schema.PERSON);
    LocalDate on = LocalDate.of(2024, 6, 1);
    RecordFeatures born2010 = x.extract(person("a").dateOfBirth(LocalDate.of(2010, 9, 1)).build());
    RecordFeatures aged13 = x.extract(person("b").approximateAge(13, on).build());
    RecordFeatures aged5 = x.extract(person("c").approximateAge(5, on).build());
    RecordFeatures year2010 = x.extract(person("d").dateOfBirth(BirthDate.yearOnly(2010)).build());
    RecordFeatures unknown = x.extract(person("e").build());
    DateComparison dates = new DateComparison();
    assertThat(dates.compare(born2010, aged13)).isEqualTo(DateComparison.FITS);
    assertThat(dates.compare(born2010, aged5)).isEqualTo(DateComparison.DISAGREE);
    assertThat(dates.compare(born2010, year2010)).isEqualTo(DateComparison.FITS);
    assertThat(dates.compare(born2010, unknown)).isEqualTo(FieldComparison.MISSING);
  }

  @Test
  void birthDatesParseInEachLayoutAndKeepImpossibleParts() {
    assertThat(BirthDate.parse("19081209", "yyyyMMdd")).isEqualTo(new BirthDate(1908, 12, 9));
    assertThat(BirthDate.parse("1856-86-18", "yyyy-MM-dd")).isEqualTo(new BirthDate(1856, 86, 18));
    assertThat(BirthDate.parse("04/03/2011", "dd/MM/yyyy")).isEqualTo(new BirthDate(2011, 3, 4));
    assertThat(BirthDate.parse("1990", "yyyy-MM-dd")).isEqualTo(BirthDate.yearOnly(1990));
    assertThat(BirthDate.parse("not a date", "yyyy-MM-dd")).isNull();
    assertThat(BirthDate.parse(" ", "yyyyMMdd")).isNull();
  }

  @Test
  void namesCompareByNicknameSpellingAndSwap() {
    FeatureExtractor x = new FeatureExtractor(Schema.PERSON);
    RecordFeatures robert = x.extract(person("1").givenNames("Robert").familyName("Allen").build());
    RecordFeatures bob = x.extract(person("2").givenNames("Bob").familyName("Alan").build());
    RecordFeatures roberta =
        x.extract(person("3").givenNames("Robret").familyName("Allen").build());
    RecordFeatures swapped =
        x.extract(person("4").givenNames("Allen").familyName("Robert").build());
    RecordFeatures other = x.extract(person("5").givenNames("Mary").familyName("Jones").build());
    NameComparisons.GivenName given = new NameComparisons.GivenName();
    NameComparisons.FamilyName family = new NameComparisons.FamilyName();
    assertThat(given.compare(robert, bob)).isEqualTo(NameComparisons.G_NICKNAME);
    assertThat(given.compare(robert, roberta)).isEqualTo(NameComparisons.G_CLOSE);
    assertThat(family.compare(robert, bob)).isIn(NameComparisons.F_SOUNDS, NameComparisons.F_CLOSE);
    assertThat(given.compare(robert, swapped)).isEqualTo(NameComparisons.G_SWAPPED);
    assertThat(family.compare(robert, swapped)).isEqualTo(FieldComparison.MISSING);
    assertThat(given.compare(robert, other)).isEqualTo(NameComparisons.G_DISAGREE);
    assertThat(family.compare(robert, other)).isEqualTo(NameComparisons.F_DISAGREE);
  }

  @Test
  void postcodesAndAddressesAgreeByLevel() {
    FeatureExtractor x = new FeatureExtractor(Schema.PERSON);
    RecordFeatures a =
        x.extract(person("1").postcode("TQ13 8DF").address("12 High Street").build());
    RecordFeatures sameSector =
        x.extract(person("2").postcode("tq13 8xy").address("12 High St").build());
    RecordFeatures typo =
        x.extract(person("3").postcode("TQ13 8DG").address("99 Low Road").build());
    RecordFeatures district = x.extract(person("4").postcode("TQ13 1AB").build());
    RecordFeatures far = x.extract(person("5").postcode("M1 1AA").build());
    PlaceComparisons.PostcodeComparison postcode = new PlaceComparisons.PostcodeComparison();
    assertThat(postcode.compare(a, a)).isZero();
    assertThat(postcode.compare(a, typo)).isEqualTo(1);
    assertThat(postcode.compare(a, sameSector)).isEqualTo(2);
    assertThat(postcode.compare(a, district)).isEqualTo(3);
    assertThat(postcode.compare(a, far)).isEqualTo(4);
    PlaceComparisons.AddressComparison address = new PlaceComparisons.AddressComparison();
    assertThat(address.compare(a, sameSector)).isBetween(1, 2);
    assertThat(address.compare(a, typo)).isEqualTo(4);
    assertThat(address.compare(a, far)).isEqualTo(FieldComparison.MISSING);
  }

  @Test
  void editChecksFindOneEditAndAdjacentSwaps() {
    assertThat(Edits.withinOne("6988048".toCharArray(), "6988041".toCharArray())).isTrue();
    assertThat(Edits.withinOne("abcd".toCharArray(), "abdc".toCharArray())).isTrue();
    assertThat(Edits.withinOne("abcd".toCharArray(), "abd".toCharArray())).isTrue();
    assertThat(Edits.withinOne("abcd".toCharArray(), "badc".toCharArray())).isFalse();
  }

  private static PersonRecord.Builder person(String id) {
    return PersonRecord.builder(id);
  }
}
