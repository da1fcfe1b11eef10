package uk.harbour.intake;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.harbour.people.ChildCandidate;
import uk.harbour.people.ChildDescription;
import uk.harbour.people.ChildMatching;
import uk.harbour.people.Likelihood;
import uk.harbour.people.MatchReason;

/**
 * The seam for identity matching: ranked children who may be the one a concern is about. The
 * screening page shows whatever this returns, best first, each with a button that links the concern
 * to that child.
 *
 * <p>The candidates come from the identity matching engine through {@link ChildMatching}, which
 * audits the search. Nothing is linked automatically unless the service switched it on ({@link
 * AutoLink}), and then only when the concern is submitted ({@link AutoLinkOnSubmit}).
 */
@Component
class ScreeningCandidates {

  static final int LIMIT = 5;

  private final ChildMatching matching;

  ScreeningCandidates(ChildMatching matching) {
    this.matching = matching;
  }

  /**
   * One suggested child.
   *
   * @param child who, with the reasons: which details agreed or disagreed and how strongly
   */
  record Candidate(ChildCandidate child) {

    /** The child's Harbour reference, used by the "link to this child" button. */
    public String childReference() {
      return child.reference();
    }

    /** How likely this is the child, in words: never certainty ("very likely", never 100%). */
    public Likelihood likelihood() {
      return child.likelihood();
    }

    public List<MatchReason> explanation() {
      return child.reasons();
    }
  }

  List<Candidate> forConcern(Concern concern) {
    return matching.candidates(description(concern), LIMIT).stream().map(Candidate::new).toList();
  }

  /** The candidates for Harbour's automatic linking on submission: nobody is shown them. */
  List<Candidate> forAutomaticLinking(Concern concern) {
    return matching.candidatesForAutomaticLinking(description(concern), LIMIT).stream()
        .map(Candidate::new)
        .toList();
  }

  private static ChildDescription description(Concern concern) {
    AboutWhom about = concern.details().about();
    return new ChildDescription(
        about.givenNames(),
        about.familyName(),
        about.otherNames(),
        about.dateOfBirth(),
        about.approximateAge(),
        about.sex(),
        about.address(),
        about.postcode(),
        about.school());
  }
}
