package uk.harbour.matching.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.harbour.matching.Clusters;
import uk.harbour.matching.Explanation;
import uk.harbour.matching.FieldMatch;
import uk.harbour.matching.LinkResult;
import uk.harbour.matching.LinkSettings;
import uk.harbour.matching.Linker;
import uk.harbour.matching.PersonRecord;
import uk.harbour.tools.matching.Evaluation;
import uk.harbour.tools.matching.SyntheticPeople;

/** The batch engine on synthetic children, so it is tested without the shared data too. */
class LinkerTests {

  @Test
  void deduplicatesSyntheticChildrenWithHighPrecision() {
    SyntheticPeople people = new SyntheticPeople(11);
    List<PersonRecord> originals = people.generate(3000);
    List<PersonRecord> all = new ArrayList<>(originals);
    List<String> truth = new ArrayList<>();
    for (PersonRecord p : originals) {
      truth.add(p.id());
    }
    for (int i = 0; i < 600; i++) {
      PersonRecord source = originals.get(i * 5);
      all.add(people.variant(source, "v" + i));
      truth.add(source.id());
    }
    LinkSettings settings = LinkSettings.defaults();
    LinkResult result = Linker.deduplicate(all, settings);
    assertThat(result.stats().estimated()).isTrue();
    Evaluation e = Evaluation.of(result, truth, settings.threshold());
    assertThat(e.pairCompleteness()).isGreaterThan(0.97);
    assertThat(e.precision()).isGreaterThan(0.97);
    assertThat(e.recall()).isGreaterThan(0.85);
    Clusters clusters = result.clusters(settings.threshold());
    assertThat(clusters.clusterOf(3000)).isEqualTo(clusters.clusterOf(0));
  }

  @Test
  void everyScoredPairExplainsItsWeight() {
    SyntheticPeople people = new SyntheticPeople(12);
    List<PersonRecord> list = new ArrayList<>(people.generate(400));
    for (int i = 0; i < 100; i++) {
      list.add(people.variant(list.get(i), "v" + i));
    }
    LinkResult result = Linker.deduplicate(list, LinkSettings.defaults());
    assertThat(result.pairCount()).isPositive();
    for (int k = 0; k < result.pairCount(); k += Math.max(1, result.pairCount() / 50)) {
      Explanation e = result.explain(k);
      double sum = e.priorWeight() + e.fields().stream().mapToDouble(FieldMatch::weight).sum();
      assertThat(e.matchWeight())
          .isCloseTo(result.matchWeight(k), within(1e-9))
          .isCloseTo(sum, within(1e-9));
      assertThat(e.probability()).isCloseTo(result.probability(k), within(1e-12));
    }
  }

  @Test
  void twoUnrelatedListsHardlyLink() {
    List<PersonRecord> left = new SyntheticPeople(21).generate(2000);
    List<PersonRecord> right = new ArrayList<>();
    for (PersonRecord p : new SyntheticPeople(22).generate(2000)) {
      right.add(
          PersonRecord.builder("r" + p.id())
              .givenNames(p.givenNames())
              .familyName(p.familyName())
              .dateOfBirth(p.dateOfBirth())
              .sex(p.sex())
              .postcode(p.postcode())
              .address(p.address())
              .school(p.school())
              .build());
    }
    LinkSettings settings = LinkSettings.defaults();
    LinkResult result = Linker.link(left, right, settings);
    assertThat(result.matches().size()).isLessThan(20);
  }
}
