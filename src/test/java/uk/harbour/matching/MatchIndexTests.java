package uk.harbour.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchIndexTests {

  private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

  private final MatchIndex index = new MatchIndex(MatchModel.defaults());

  MatchIndexTests() {
    index.addAll(children());
  }

  @Test
  void findsAChildFromAMisspeltNameAndANickname() {
    PersonRecord concern =
        PersonRecord.builder("concern-1")
            .givenNames("Lizzie")
            .familyName("Hawksworht")
            .approximateAge(14, TODAY)
            .postcode("LS6 2QT")
            .build();
    List<Candidate> found = index.query(concern, 5);
    assertThat(found).isNotEmpty();
    Candidate top = found.get(0);
    assertThat(top.id()).isEqualTo("child-elizabeth");
    assertThat(top.explanation().agreements())
        .extracting(FieldMatch::field)
        .contains("given name", "family name", "postcode");
    assertThat(top.explanation().fields())
        .filteredOn(f -> f.field().equals("given name"))
        .extracting(FieldMatch::level)
        .containsExactly("nickname, variant or other name");
    assertThat(top.autoMergeable()).isFalse();
    if (found.size() > 1) {
      assertThat(found.get(1).matchWeight()).isLessThan(top.matchWeight());
    }
  }

  @Test
  void explanationsAddUpToTheWeightAndProbability() {
    PersonRecord probe =
        PersonRecord.builder("probe")
            .givenNames("Jayden")
            .familyName("Okafor")
            .dateOfBirth(LocalDate.of(2011, 7, 3))
            .sex("male")
            .build();
    List<Candidate> found = index.query(probe, 3);
    assertThat(found).isNotEmpty();
    for (Candidate c : found) {
      Explanation e = c.explanation();
      double sum = e.priorWeight() + e.fields().stream().mapToDouble(FieldMatch::weight).sum();
      assertThat(e.matchWeight()).isCloseTo(sum, within(1e-9));
      assertThat(c.matchWeight()).isEqualTo(e.matchWeight());
      double odds = Math.pow(2, e.matchWeight());
      assertThat(c.probability()).isCloseTo(odds / (1 + odds), within(1e-12));
      assertThat(e.fields()).filteredOn(FieldMatch::missing).allMatch(f -> f.weight() == 0);
    }
    assertThat(found.get(0).id()).isEqualTo("child-jayden");
    assertThat(found.get(0).explanation().fields())
        .filteredOn(f -> f.field().equals("date of birth"))
        .extracting(FieldMatch::level)
        .containsExactly("exact");
  }

  @Test
  void removedAndReplacedPeopleAreNoLongerFoundAsTheyWere() {
    PersonRecord probe = jayden("p");
    int before = index.size();
    assertThat(index.remove("child-jayden")).isTrue();
    assertThat(index.remove("child-jayden")).isFalse();
    assertThat(index.size()).isEqualTo(before - 1);
    assertThat(index.query(probe, 5)).extracting(Candidate::id).doesNotContain("child-jayden");
    index.add(jayden("child-jayden"));
    index.add(jayden("child-jayden"));
    assertThat(index.size()).isEqualTo(before);
    assertThat(index.query(probe, 5).get(0).id()).isEqualTo("child-jayden");
  }

  @Test
  void aProbeIsNotMatchedWithItself() {
    PersonRecord self = jayden("child-jayden");
    assertThat(index.query(self, 5)).extracting(Candidate::id).doesNotContain("child-jayden");
  }

  @Test
  void aMinimumProbabilityLeavesOutWeakCandidates() {
    PersonRecord probe = PersonRecord.builder("p").givenNames("Mary").familyName("Okafor").build();
    assertThat(index.query(probe, 10, 0.999)).allMatch(c -> c.probability() >= 0.999);
  }

  private static List<PersonRecord> children() {
    List<PersonRecord> list = new ArrayList<>();
    list.add(
        PersonRecord.builder("child-elizabeth")
            .givenNames("Elizabeth")
            .familyName("Hawksworth")
            .dateOfBirth(LocalDate.of(2010, 11, 20))
            .sex("female")
            .postcode("LS6 2QT")
            .address("4 Cardigan Road, Leeds")
            .school("Hawksworth Wood Academy")
            .build());
    list.add(
        PersonRecord.builder("child-eliza")
            .givenNames("Eliza")
            .familyName("Hawkins")
            .dateOfBirth(LocalDate.of(2012, 1, 2))
            .sex("female")
            .postcode("LS7 1AB")
            .build());
    list.add(
        PersonRecord.builder("child-jayden")
            .givenNames("Jayden")
            .familyName("Okafor")
            .dateOfBirth(LocalDate.of(2011, 7, 3))
            .sex("male")
            .postcode("M14 5RT")
            .build());
    list.add(
        PersonRecord.builder("child-jay")
            .givenNames("Jay")
            .familyName("Okafor")
            .dateOfBirth(LocalDate.of(2014, 2, 9))
            .sex("male")
            .postcode("M14 5RT")
            .build());
    String[] given = {"Amelia", "Noah", "Isla", "Leo", "Ava", "Oscar", "Mia", "Alfie", "Grace"};
    String[] family = {"Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Hughes"};
    for (int i = 0; i < 300; i++) {
      list.add(
          PersonRecord.builder("filler-" + i)
              .givenNames(given[i % given.length])
              .familyName(family[(i / given.length) % family.length])
              .dateOfBirth(LocalDate.of(2006 + i % 18, 1 + i % 12, 1 + i % 28))
              .postcode("LS" + (i % 20) + " " + (i % 9) + "AB")
              .build());
    }
    return list;
  }

  /** Jayden Okafor, born 3 July 2011, known by nothing else, under the given id. */
  private static PersonRecord jayden(String id) {
    return PersonRecord.builder(id)
        .givenNames("Jayden")
        .familyName("Okafor")
        .dateOfBirth(LocalDate.of(2011, 7, 3))
        .build();
  }
}
