package uk.harbour.people;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.audit.AuditAction;
import uk.harbour.matching.Candidate;
import uk.harbour.matching.PersonRecord;
import uk.harbour.shared.ChildId;

/**
 * Ranks the children already held who may be the one a concern describes, with the reasons, for
 * screening officers only. Nothing is linked or merged here: a person decides.
 *
 * <p>The index ({@link ChildIndex}) picks up changed records before every search, so a search
 * always sees the current records without reading them all again.
 */
@Service
public class ChildMatching {

  /** Candidates below this probability are not shown. */
  static final double SHOW_FROM = 0.05;

  private final ChildIndex index;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;

  ChildMatching(ChildIndex index, CurrentUser currentUser, ApplicationEventPublisher events) {
    this.index = index;
    this.currentUser = currentUser;
    this.events = events;
  }

  /** The best candidates for the description, best first; the search is audited. */
  @Transactional
  public List<ChildCandidate> candidates(ChildDescription description, int limit) {
    if (!currentUser.require().has(Role.SCREENING_OFFICER)) {
      throw new AccessDeniedException("Only screening officers search all children");
    }
    index.refresh();
    var hits = index.query(probe(description), limit, SHOW_FROM);
    List<ChildCandidate> found = candidates(hits);
    events.publishEvent(
        Children.shown(
            AuditAction.SEARCH,
            "screening candidates: "
                + found.stream().map(ChildCandidate::reference).collect(Collectors.joining(", ")),
            hits.stream().map(c -> ChildId.of(c.id())).toList()));
    return found;
  }

  /**
   * The best candidates for a concern just submitted, for Harbour's automatic linking (intake's
   * {@code AutoLink}) only: nobody is shown them, so no one's role is checked and no search is
   * audited; a link made from them is audited as automatic, with its probability.
   */
  public List<ChildCandidate> candidatesForAutomaticLinking(
      ChildDescription description, int limit) {
    index.refresh();
    return candidates(index.query(probe(description), limit, SHOW_FROM));
  }

  private List<ChildCandidate> candidates(List<Candidate> hits) {
    return hits.stream().map(c -> candidate(c, index.record(c.id()))).toList();
  }

  private PersonRecord probe(ChildDescription d) {
    PersonRecord.Builder b =
        PersonRecord.builder("probe")
            .givenNames(trim(d.givenNames()))
            .familyName(trim(d.familyName()))
            .otherNames(ChildIndex.names(d.otherNames()))
            .sex(ChildIndex.sex(d.sex()))
            .address(trim(d.address()))
            .postcode(trim(d.postcode()))
            .school(trim(d.school()));
    if (d.dateOfBirth() != null) {
      b.dateOfBirth(d.dateOfBirth());
    } else if (d.approximateAge() != null) {
      b.approximateAge(d.approximateAge(), index.today());
    }
    return b.build();
  }

  private ChildCandidate candidate(Candidate c, ChildRecord child) {
    ChildDetails d = child.details();
    return new ChildCandidate(
        child.reference(),
        child.fullName(),
        d.dateOfBirth(),
        d.dateOfBirth() == null ? d.approximateAge() : null,
        d.school(),
        c.probability(),
        MatchReason.of(c.explanation()));
  }

  private static @Nullable String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
