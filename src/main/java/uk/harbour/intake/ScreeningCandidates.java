package uk.harbour.intake;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.harbour.people.ChildDescription;
import uk.harbour.people.ChildMatching;

/**
 * The seam for identity matching: ranked children who may be the one a concern is about. The
 * screening page shows whatever this returns, best first, each with a button that links the concern
 * to that child.
 *
 * <p>The candidates come from the identity matching engine through {@link ChildMatching}, which
 * audits the search. Nothing is linked automatically: the screening officer decides.
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
   * @param childReference the child's Harbour reference, used by the "link to this child" button
   * @param summary what identifies the child to the screening officer (name, age, school)
   * @param matchProbability from 0 to 1
   * @param explanation which details agreed or disagreed and how strongly, one line each
   */
  record Candidate(
      String childReference, String summary, double matchProbability, List<String> explanation) {

    public int percent() {
      return (int) Math.round(matchProbability * 100);
    }
  }

  List<Candidate> forConcern(Concern concern) {
    AboutWhom about = concern.details().about();
    ChildDescription description =
        new ChildDescription(
            about.givenNames(),
            about.familyName(),
            about.otherNames(),
            about.dateOfBirth(),
            about.approximateAge(),
            about.sex(),
            about.address(),
            about.postcode(),
            about.school());
    return matching.candidates(description, LIMIT).stream()
        .map(c -> new Candidate(c.reference(), c.summary(), c.probability(), c.explanation()))
        .toList();
  }
}
