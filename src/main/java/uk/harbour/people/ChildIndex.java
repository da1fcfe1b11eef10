package uk.harbour.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.harbour.matching.Candidate;
import uk.harbour.matching.MatchIndex;
import uk.harbour.matching.MatchModel;
import uk.harbour.matching.ModelEstimate;
import uk.harbour.matching.PersonRecord;
import uk.harbour.shared.DisplayDates;

/**
 * The children held (not merged into another record), in memory for identity matching. Loaded in
 * full once; after that each use first reads only the records the database saw change since the
 * last look (with an overlap, so a change whose transaction committed late is not missed) and adds,
 * replaces or removes them, so the index is current without reading every record again.
 *
 * <p>The matching parameters are estimated from the children held ({@link ModelEstimate}) when the
 * index first loads and again on every duplicate scan ({@link #reestimate()}, nightly); with fewer
 * than {@code harbour.matching.estimate-from} children (default 1,000) the hand-set priors are
 * used. The log says which, every time.
 */
@Component
class ChildIndex {

  private static final Logger log = LoggerFactory.getLogger(ChildIndex.class);

  /** How far back each refresh looks again, to catch transactions that committed late. */
  private static final Duration OVERLAP = Duration.ofSeconds(30);

  private final ChildIndexRepository repository;
  private final Clock clock;
  private final int estimateFrom;
  private final Map<String, ChildRecord> byId = new ConcurrentHashMap<>();
  private volatile MatchIndex index = new MatchIndex(MatchModel.defaults());
  private volatile ModelEstimate estimate;
  private Instant seenUpTo;

  ChildIndex(
      ChildIndexRepository repository,
      Clock clock,
      @Value("${harbour.matching.estimate-from:1000}") int estimateFrom) {
    this.repository = repository;
    this.clock = clock;
    this.estimateFrom = estimateFrom;
  }

  /** Brings the index up to date with the database. */
  synchronized void refresh() {
    Instant now = repository.databaseNow();
    if (seenUpTo == null) {
      repository.all().forEach(c -> byId.put(c.id().toString(), c));
      List<PersonRecord> people = people();
      install(estimated(people), people);
    } else {
      for (ChildIndexRepository.Changed changed :
          repository.changedSince(seenUpTo.minus(OVERLAP))) {
        apply(index, changed.child());
      }
    }
    seenUpTo = now;
  }

  /**
   * Estimates the matching parameters again from every child held and rebuilds the index with them.
   * The estimate runs outside the lock, so searches carry on with the previous index until the new
   * one is ready; changes made meanwhile are applied to the new one before it takes over.
   */
  void reestimate() {
    List<PersonRecord> people;
    Instant snapshot;
    synchronized (this) {
      refresh();
      if (byId.size() < estimateFrom && estimate.source() == ModelEstimate.Source.PRIORS_TOO_FEW) {
        return;
      }
      people = people();
      snapshot = seenUpTo;
    }
    ModelEstimate fresh = estimated(people);
    synchronized (this) {
      MatchIndex rebuilt = install(fresh, people);
      for (ChildIndexRepository.Changed changed :
          repository.changedSince(snapshot.minus(OVERLAP))) {
        apply(rebuilt, changed.child());
      }
    }
  }

  /** The parameters in use and where they came from. */
  ModelEstimate estimate() {
    return estimate;
  }

  private List<PersonRecord> people() {
    return byId.values().stream().map(this::person).toList();
  }

  private ModelEstimate estimated(List<PersonRecord> people) {
    ModelEstimate fresh = ModelEstimate.of(people, estimateFrom);
    log.info("Identity matching: {}", fresh.describe());
    return fresh;
  }

  private MatchIndex install(ModelEstimate fresh, List<PersonRecord> people) {
    MatchIndex rebuilt = new MatchIndex(fresh.model());
    rebuilt.addAll(people);
    index = rebuilt;
    estimate = fresh;
    return rebuilt;
  }

  private void apply(MatchIndex target, ChildRecord child) {
    String id = child.id().toString();
    if (child.merged()) {
      target.remove(id);
      byId.remove(id);
    } else {
      target.add(person(child));
      byId.put(id, child);
    }
  }

  /** How many children are held. */
  int size() {
    return byId.size();
  }

  /** Candidates for the description, best first (call {@link #refresh()} first). */
  List<Candidate> query(PersonRecord probe, int limit, double minProbability) {
    return index.query(probe, limit, minProbability);
  }

  ChildRecord record(String id) {
    return byId.get(id);
  }

  /** Every child held, in no particular order. */
  List<ChildRecord> all() {
    return List.copyOf(byId.values());
  }

  PersonRecord person(ChildRecord child) {
    ChildDetails d = child.details();
    PersonRecord.Builder b =
        PersonRecord.builder(child.id().toString())
            .givenNames(d.firstName())
            .familyName(d.lastName())
            .otherNames(names(d.otherNames()))
            .sex(sex(d.sex()))
            .address(d.address())
            .postcode(d.postcode())
            .school(d.school());
    if (d.dateOfBirth() != null) {
      b.dateOfBirth(d.dateOfBirth());
    } else if (d.approximateAge() != null) {
      b.approximateAge(d.approximateAge(), today());
    }
    return b.build();
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(DisplayDates.ZONE));
  }

  static List<String> names(String otherNames) {
    if (otherNames == null || otherNames.isBlank()) {
      return List.of();
    }
    return Arrays.stream(otherNames.split("[,;/]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  static @Nullable String sex(Sex sex) {
    return sex == null || sex == Sex.NOT_KNOWN ? null : sex.name().substring(0, 1);
  }
}
