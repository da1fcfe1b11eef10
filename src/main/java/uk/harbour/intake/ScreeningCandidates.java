package uk.harbour.intake;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The seam for identity matching: ranked children who may be the one a concern is about. The
 * screening page shows whatever this returns, best first, each with a button that links the concern
 * to that child.
 *
 * <p>Until the identity matching engine ({@code uk.harbour.people.matching}) is wired in, this
 * suggests nobody and the screening officer links by Harbour reference or creates a new record. To
 * wire it: pass {@code concern.details().about()} (an {@link AboutWhom}: given names, family name,
 * other names or nicknames, whether the name is unknown, date of birth or approximate age, sex,
 * address, postcode, school, description) to the matcher, audit the search, and map its results to
 * {@link Candidate}s. Never link automatically below the matcher's very high threshold.
 */
@Component
class ScreeningCandidates {

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
    return List.of();
  }
}
