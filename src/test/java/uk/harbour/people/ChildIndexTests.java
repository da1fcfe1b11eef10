package uk.harbour.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.harbour.matching.Candidate;
import uk.harbour.matching.MatchModel;
import uk.harbour.matching.ModelEstimate;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.TestChildren;

/**
 * Live matching estimates its parameters from the children held once there are enough of them
 * (below the minimum it keeps the hand-set priors), and again when asked, as the nightly duplicate
 * scan does.
 */
class ChildIndexTests {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
  private static final String[] GIVEN = {
    "Amelia", "Noah", "Isla", "Leo", "Ava", "Oscar", "Mia", "Alfie", "Grace", "Jayden", "Ruby",
    "Kayden", "Poppy", "Reggie", "Elsie", "Tyler", "Maisie", "Kian", "Lacey", "Harvey"
  };
  private static final String[] FAMILY = {
    "Okafor", "Hughes", "Brennan", "Kowalski", "Ashworth", "Pemberton", "Mahmood", "Tranter",
    "Quigley", "Oduya", "Fairclough", "Haddad", "Lindqvist", "Marsden", "Nwosu", "Roper",
    "Stanhope", "Varga", "Whitlock", "Yardley", "Castell", "Dunmore", "Ellery", "Foxton"
  };

  private final FakeRepository repository = new FakeRepository();

  @Test
  void belowTheMinimumTheHandSetPriorsAreUsedAndTheLogSaysSo() {
    repository.children.addAll(children(60, 10, new SplittableRandom(1)));
    ChildIndex index = new ChildIndex(repository, CLOCK, 1000);
    index.refresh();
    ModelEstimate estimate = index.estimate();
    assertThat(estimate.source()).isEqualTo(ModelEstimate.Source.PRIORS_TOO_FEW);
    assertThat(estimate.records()).isEqualTo(70);
    assertThat(estimate.model().parameters()).isEqualTo(MatchModel.defaults().parameters());
    assertThat(estimate.describe()).contains("prior").contains("70");
  }

  @Test
  void fromTheMinimumTheParametersAreEstimatedFromTheChildrenHeld() {
    repository.children.addAll(children(600, 150, new SplittableRandom(2)));
    ChildIndex index = new ChildIndex(repository, CLOCK, 500);
    index.refresh();
    ModelEstimate estimate = index.estimate();
    assertThat(estimate.source()).isEqualTo(ModelEstimate.Source.ESTIMATED);
    assertThat(estimate.records()).isEqualTo(750);
    assertThat(estimate.candidatePairs()).isPositive();
    assertThat(estimate.model().lambda()).isEqualTo(MatchModel.DEFAULT_LAMBDA);
    assertThat(estimate.model().parameters()).isNotEqualTo(MatchModel.defaults().parameters());

    ChildRecord duplicate = repository.children.get(600);
    List<Candidate> found = index.query(index.person(duplicate), 3, 0);
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).id()).isEqualTo(repository.children.get(0).id().toString());
  }

  @Test
  void reestimatingSeesTheChildrenAddedSince() {
    SplittableRandom random = new SplittableRandom(3);
    repository.children.addAll(children(300, 0, random));
    ChildIndex index = new ChildIndex(repository, CLOCK, 500);
    index.refresh();
    assertThat(index.estimate().source()).isEqualTo(ModelEstimate.Source.PRIORS_TOO_FEW);

    repository.children.addAll(children(400, 150, random));
    index.reestimate();

    assertThat(index.estimate().source()).isNotEqualTo(ModelEstimate.Source.PRIORS_TOO_FEW);
    assertThat(index.estimate().records()).isEqualTo(850);
    assertThat(index.size()).isEqualTo(850);
  }

  /** {@code originals} children, then {@code duplicates} second records of the first ones. */
  private static List<ChildRecord> children(int originals, int duplicates, SplittableRandom r) {
    List<ChildRecord> list = new ArrayList<>();
    List<ChildDetails> details = new ArrayList<>();
    for (int i = 0; i < originals; i++) {
      ChildDetails d =
          details(
              GIVEN[r.nextInt(GIVEN.length)],
              FAMILY[r.nextInt(FAMILY.length)] + (r.nextBoolean() ? "" : FAMILY[r.nextInt(5)]),
              LocalDate.of(2008 + r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28)),
              "M" + (1 + r.nextInt(40)) + " " + r.nextInt(10) + "AB");
      details.add(d);
      list.add(record(d));
    }
    for (int i = 0; i < duplicates; i++) {
      ChildDetails d = details.get(i);
      String last = d.lastName();
      String typo =
          r.nextBoolean()
              ? last
              : last.substring(0, 2) + last.charAt(3) + last.charAt(2) + last.substring(4);
      list.add(
          record(
              details(
                  d.firstName(),
                  typo,
                  r.nextInt(4) == 0 ? d.dateOfBirth().plusDays(1) : d.dateOfBirth(),
                  r.nextBoolean() ? d.postcode() : null)));
    }
    return list;
  }

  private static ChildDetails details(String first, String last, LocalDate dob, String postcode) {
    return TestChildren.living(first, last, dob, Sex.FEMALE, null, postcode, null);
  }

  private static ChildRecord record(ChildDetails d) {
    UUID id = UUID.randomUUID();
    return new ChildRecord(new ChildId(id), "HBR-" + id, d, Instant.EPOCH, "test", 0, null);
  }

  /** The children table, in memory. */
  private static final class FakeRepository extends ChildIndexRepository {
    final List<ChildRecord> children = new ArrayList<>();

    FakeRepository() {
      super(null);
    }

    @Override
    List<ChildRecord> all() {
      return List.copyOf(children);
    }

    @Override
    List<Changed> changedSince(Instant since) {
      return children.stream().map(c -> new Changed(c, CLOCK.instant())).toList();
    }

    @Override
    Instant databaseNow() {
      return CLOCK.instant();
    }
  }
}
