package uk.harbour.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.audit.AuditAction;
import uk.harbour.matching.Candidate;
import uk.harbour.matching.MatchThresholds;
import uk.harbour.matching.PersonRecord;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordNotFoundException;

/**
 * The way to break-glass for a practitioner outside a child's teams who does not have the record's
 * address: given the child's name and a date of birth or approximate age, the few records they
 * cannot otherwise see that match closely, each shown only as "a record may match" with the child's
 * initials, year of birth and how likely it is, and nothing else (docs/adr/017). Only records at or
 * above {@link #SHOW_FROM} are offered, at most {@link #MAX_SHOWN}. The search is audited, naming
 * the children shown, so it is in each one's "who has seen this record".
 */
@Service
class BreakGlassSearch {

  /** The fewest records that still lets a practitioner choose, and no more. */
  static final int MAX_SHOWN = 3;

  /**
   * The likely-match level (docs/adr/006): precision of 0.98 or more on every benchmark. A record
   * below it is not offered, however few there are.
   */
  static final double SHOW_FROM = MatchThresholds.DEFAULT;

  private static final int CANDIDATES = 50;

  /**
   * A record that may match: only what lets the practitioner choose, never who the child is.
   *
   * @param initials the first letters of the first and last names held, for example "S. S."
   * @param yearOfBirth the year of birth held, or null when only an age is held
   * @param likelihood how likely it is the child searched for; null on the break-glass page
   */
  record PossibleRecord(
      ChildId child, String initials, Integer yearOfBirth, Likelihood likelihood) {}

  private final ChildIndex index;
  private final ChildRepository repository;
  private final ChildSearchRepository lists;
  private final AccessPolicy policy;
  private final ApplicationEventPublisher events;

  BreakGlassSearch(
      ChildIndex index,
      ChildRepository repository,
      ChildSearchRepository lists,
      AccessPolicy policy,
      ApplicationEventPublisher events) {
    this.index = index;
    this.repository = repository;
    this.lists = lists;
    this.policy = policy;
    this.events = events;
  }

  /**
   * Records the user cannot see that may be the child described, best first, at most {@link
   * #MAX_SHOWN}; audited as a search naming them.
   *
   * @param dateOfBirth the child's date of birth, or null when only an age is known
   * @param approximateAge used when there is no date of birth
   */
  @Transactional
  public List<PossibleRecord> search(
      String firstName, String lastName, LocalDate dateOfBirth, Integer approximateAge) {
    index.refresh();
    PersonRecord.Builder probe =
        PersonRecord.builder("break-glass search")
            .givenNames(firstName.strip())
            .familyName(lastName.strip());
    if (dateOfBirth != null) {
      probe.dateOfBirth(dateOfBirth);
    } else {
      probe.approximateAge(approximateAge, index.today());
    }
    List<Candidate> candidates = index.query(probe.build(), CANDIDATES, SHOW_FROM);
    Map<UUID, ChildRecord> hidden =
        lists
            .notVisibleAmong(
                policy.visibleChildrenClause("c.id"),
                policy.viewerId(),
                candidates.stream().map(c -> UUID.fromString(c.id())).toList())
            .stream()
            .collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
    List<PossibleRecord> shown = new ArrayList<>();
    for (Candidate c : candidates) {
      ChildRecord child = hidden.get(UUID.fromString(c.id()));
      if (child != null && shown.size() < MAX_SHOWN) {
        shown.add(possible(child, Likelihood.of(c.probability())));
      }
    }
    events.publishEvent(
        Children.shown(
            AuditAction.SEARCH,
            "break-glass search for a record outside the user's teams, shown " + shown.size(),
            shown.stream().map(PossibleRecord::child).toList()));
    return shown;
  }

  /**
   * The same minimal details of one record, for the break-glass page reached from a search (the
   * caller has the id from the user's own search results, never from the page).
   */
  PossibleRecord describe(ChildId child) {
    return possible(
        repository.find(child).orElseThrow(() -> new RecordNotFoundException(Children.RECORD_TYPE)),
        null);
  }

  private static PossibleRecord possible(ChildRecord child, Likelihood likelihood) {
    ChildDetails d = child.details();
    return new PossibleRecord(
        child.id(),
        (initial(d.firstName()) + " " + initial(d.lastName())).strip(),
        d.dateOfBirth() == null ? null : d.dateOfBirth().getYear(),
        likelihood);
  }

  private static String initial(String name) {
    return name == null || name.isBlank()
        ? ""
        : name.strip().substring(0, 1).toUpperCase(Locale.UK) + ".";
  }
}
