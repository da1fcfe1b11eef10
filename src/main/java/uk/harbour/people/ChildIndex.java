package uk.harbour.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import uk.harbour.people.matching.Candidate;
import uk.harbour.people.matching.MatchIndex;
import uk.harbour.people.matching.MatchModel;
import uk.harbour.people.matching.PersonRecord;
import uk.harbour.shared.DisplayDates;

/**
 * The children held (not merged into another record), in memory for identity matching. Loaded in
 * full once; after that each use first reads only the records the database saw change since the
 * last look (with an overlap, so a change whose transaction committed late is not missed) and adds,
 * replaces or removes them, so the index is current without reading every record again.
 */
@Component
class ChildIndex {

  /** How far back each refresh looks again, to catch transactions that committed late. */
  private static final Duration OVERLAP = Duration.ofSeconds(30);

  private final ChildRepository repository;
  private final Clock clock;
  private final MatchIndex index = new MatchIndex(MatchModel.defaults());
  private final Map<String, ChildRecord> byId = new ConcurrentHashMap<>();
  private Instant seenUpTo;

  ChildIndex(ChildRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** Brings the index up to date with the database. */
  synchronized void refresh() {
    Instant now = repository.databaseNow();
    if (seenUpTo == null) {
      List<ChildRecord> all = repository.all();
      index.addAll(all.stream().map(this::person).toList());
      all.forEach(c -> byId.put(c.id().toString(), c));
    } else {
      for (ChildRepository.Changed changed : repository.changedSince(seenUpTo.minus(OVERLAP))) {
        apply(changed.child());
      }
    }
    seenUpTo = now;
  }

  private void apply(ChildRecord child) {
    String id = child.id().toString();
    if (child.merged()) {
      index.remove(id);
      byId.remove(id);
    } else {
      index.add(person(child));
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

  static String sex(Sex sex) {
    return sex == null || sex == Sex.NOT_KNOWN ? null : sex.name().substring(0, 1);
  }
}
