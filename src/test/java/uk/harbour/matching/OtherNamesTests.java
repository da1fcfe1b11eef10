package uk.harbour.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A record that gives a child's name only as other names (a public report's "their name", or a
 * practitioner's nickname after "I don't know their name") still brings name evidence: compared
 * against the held child's first and other names by nickname, sound and spelling, and used for
 * blocking; a nickname that resembles none of the names counts for nothing, not against.
 */
class OtherNamesTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
  private static final FeatureExtractor FEATURES = new FeatureExtractor(Schema.PERSON);

  @Test
  void aNicknameGivenOnlyAsAnOtherNameAgreesWithTheFormalFirstName() {
    RecordFeatures concern = features(nameUnknown("c", "Danny"));
    RecordFeatures child = features(child("d", "Daniel", "Okafor", null));
    assertThat(NameComparisons.givenLevel(concern, child)).isEqualTo(NameComparisons.G_NICKNAME);
    assertThat(NameComparisons.givenLevel(child, concern)).isEqualTo(NameComparisons.G_NICKNAME);
  }

  @Test
  void aWholeNameTypedAsOneOtherNameGivesFirstAndFamilyName() {
    RecordFeatures report = features(nameUnknown("r", "Jade Okafr"));
    RecordFeatures child = features(child("j", "Jade", "Okafor", null));
    assertThat(NameComparisons.givenLevel(report, child)).isEqualTo(NameComparisons.G_EXACT);
    assertThat(NameComparisons.familyLevel(report, child)).isEqualTo(NameComparisons.F_CLOSE);
  }

  @Test
  void anotherNameMatchesTheHeldChildsOwnNickname() {
    RecordFeatures concern = features(nameUnknown("c", "Bubbles"));
    RecordFeatures child = features(child("k", "Kayleigh", "Hughes", "Bubbles"));
    assertThat(NameComparisons.givenLevel(concern, child)).isEqualTo(NameComparisons.G_NICKNAME);
  }

  @Test
  void aNicknameLikeNoneOfTheNamesCountsForNothingRatherThanAgainst() {
    RecordFeatures concern = features(nameUnknown("c", "Tiny Tee"));
    RecordFeatures child = features(child("k", "Kayleigh", "Hughes", null));
    assertThat(NameComparisons.givenLevel(concern, child)).isEqualTo(FieldComparison.MISSING);
    assertThat(NameComparisons.familyLevel(concern, child)).isEqualTo(FieldComparison.MISSING);
    RecordFeatures named = features(child("n", "Tiny", "Tee", null));
    assertThat(NameComparisons.givenLevel(named, child)).isEqualTo(NameComparisons.G_DISAGREE);
  }

  @Test
  void aConcernNamingTheChildOnlyByNicknameFindsThemFirst() {
    MatchIndex index = new MatchIndex(MatchModel.defaults());
    List<PersonRecord> held = new ArrayList<>();
    held.add(child("child-daniel", "Daniel", "Okafor", null));
    String[] given = {"Amelia", "Noah", "Isla", "Leo", "Ava", "Oscar", "Mia", "Alfie", "Grace"};
    String[] family = {"Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Okafor"};
    for (int i = 0; i < 200; i++) {
      held.add(
          PersonRecord.builder("filler-" + i)
              .givenNames(given[i % given.length])
              .familyName(family[(i / given.length) % family.length])
              .dateOfBirth(LocalDate.of(2008 + i % 10, 1 + i % 12, 1 + i % 28))
              .sex(i % 2 == 0 ? "male" : "female")
              .build());
    }
    index.addAll(held);

    PersonRecord concern =
        PersonRecord.builder("concern")
            .otherNames(List.of("Danny"))
            .familyName("Okafor")
            .sex("male")
            .approximateAge(14, TODAY)
            .build();
    List<Candidate> found = index.query(concern, 5);

    assertThat(found).isNotEmpty();
    assertThat(found.get(0).id()).isEqualTo("child-daniel");
    assertThat(found.get(0).explanation().fields())
        .filteredOn(f -> f.field().equals("given name"))
        .extracting(FieldMatch::level)
        .containsExactly("nickname, variant or other name");
  }

  @Test
  void blockingUsesTheNameTakenFromOtherNames() {
    long[] fromOther = Blocking.keys(features(nameUnknown("c", "Danny Okafor")));
    long[] named = Blocking.keys(features(child("d", "Danny", "Okafor", null)));
    long[] wide = java.util.Arrays.stream(fromOther).filter(k -> !Blocking.narrow(k)).toArray();
    assertThat(wide).containsAnyOf(named);
  }

  private static RecordFeatures features(PersonRecord r) {
    return FEATURES.extract(r);
  }

  private static PersonRecord nameUnknown(String id, String otherNames) {
    return PersonRecord.builder(id)
        .otherNames(List.of(otherNames))
        .approximateAge(14, TODAY)
        .build();
  }

  private static PersonRecord child(String id, String given, String family, String other) {
    return PersonRecord.builder(id)
        .givenNames(given)
        .familyName(family)
        .otherNames(other == null ? List.of() : List.of(other))
        .dateOfBirth(LocalDate.of(2011, 7, 3))
        .sex("male")
        .build();
  }
}
