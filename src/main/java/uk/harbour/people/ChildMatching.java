package uk.harbour.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.people.matching.Candidate;
import uk.harbour.people.matching.FieldMatch;
import uk.harbour.people.matching.MatchIndex;
import uk.harbour.people.matching.MatchModel;
import uk.harbour.people.matching.PersonRecord;
import uk.harbour.shared.AuditAction;
import uk.harbour.shared.Audited;
import uk.harbour.shared.DisplayDates;

/**
 * Ranks the children already held who may be the one a concern describes, with the reasons, for
 * screening officers only. Nothing is linked or merged here: a person decides.
 *
 * <p>The index is rebuilt when the children's records have changed since it was built (checked by a
 * count and the latest change time on every call), so a search always sees the current records.
 */
@Service
public class ChildMatching {

  /** Candidates below this probability are not shown. */
  static final double SHOW_FROM = 0.05;

  private final ChildRepository repository;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private volatile Snapshot snapshot;

  ChildMatching(
      ChildRepository repository,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.currentUser = currentUser;
    this.events = events;
    this.clock = clock;
  }

  private record Snapshot(String version, MatchIndex index, Map<String, ChildRecord> byId) {}

  /** The best candidates for the description, best first; the search is audited. */
  @Transactional
  public List<ChildCandidate> candidates(ChildDescription description, int limit) {
    if (!currentUser.require().has(Role.SCREENING_OFFICER)) {
      throw new AccessDeniedException("Only screening officers search all children");
    }
    Snapshot current = current();
    List<Candidate> found = current.index().query(probe(description), limit, SHOW_FROM);
    events.publishEvent(
        new Audited(
            AuditAction.SEARCH,
            Children.RECORD_TYPE,
            null,
            uk.harbour.shared.AuditOutcome.SUCCEEDED,
            null,
            "screening candidates: "
                + found.stream()
                    .map(c -> current.byId().get(c.id()).reference())
                    .collect(Collectors.joining(", "))));
    return found.stream().map(c -> candidate(c, current.byId().get(c.id()))).toList();
  }

  private Snapshot current() {
    String version = repository.changeVersion();
    Snapshot known = snapshot;
    if (known != null && known.version().equals(version)) {
      return known;
    }
    synchronized (this) {
      if (snapshot != null && snapshot.version().equals(version)) {
        return snapshot;
      }
      List<ChildRecord> all = repository.all();
      MatchIndex index = new MatchIndex(MatchModel.defaults());
      index.addAll(all.stream().map(this::person).toList());
      snapshot =
          new Snapshot(
              version,
              index,
              all.stream().collect(Collectors.toMap(c -> c.id().toString(), Function.identity())));
      return snapshot;
    }
  }

  private PersonRecord person(ChildRecord child) {
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

  private PersonRecord probe(ChildDescription d) {
    PersonRecord.Builder b =
        PersonRecord.builder("probe")
            .givenNames(trim(d.givenNames()))
            .familyName(trim(d.familyName()))
            .otherNames(names(d.otherNames()))
            .sex(sex(d.sex()))
            .address(trim(d.address()))
            .postcode(trim(d.postcode()))
            .school(trim(d.school()));
    if (d.dateOfBirth() != null) {
      b.dateOfBirth(d.dateOfBirth());
    } else if (d.approximateAge() != null) {
      b.approximateAge(d.approximateAge(), today());
    }
    return b.build();
  }

  private ChildCandidate candidate(Candidate c, ChildRecord child) {
    ChildDetails d = child.details();
    String born =
        d.dateOfBirth() != null
            ? "born " + new DisplayDates().date(d.dateOfBirth())
            : "about " + d.approximateAge() + " years old";
    String summary = child.fullName() + ", " + born + (d.school() == null ? "" : ", " + d.school());
    List<String> lines =
        c.explanation().fields().stream()
            .filter(f -> !f.missing())
            .map(ChildMatching::line)
            .toList();
    return new ChildCandidate(child.reference(), summary, c.probability(), lines);
  }

  private static String line(FieldMatch f) {
    return String.format(
        Locale.UK, "%s: %s (%+.1f)", f.field().replace('_', ' '), f.level(), f.weight());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(DisplayDates.ZONE));
  }

  private static List<String> names(String otherNames) {
    if (otherNames == null || otherNames.isBlank()) {
      return List.of();
    }
    return Arrays.stream(otherNames.split("[,;/]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String sex(Sex sex) {
    return sex == null || sex == Sex.NOT_KNOWN ? null : sex.name().substring(0, 1);
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
