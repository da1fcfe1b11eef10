package uk.harbour.people;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Two children's records the duplicate scan found may be the same child, with the reasons.
 *
 * @param status OPEN (awaiting a look), NOT_SAME (a person decided they are different children),
 *     PROPOSED (a merge awaits a second person's approval) or MERGED
 */
record DuplicatePair(
    UUID id,
    ChildRecord first,
    ChildRecord second,
    double probability,
    List<MatchReason> explanation,
    Instant foundAt,
    String status,
    String decidedByName,
    Instant decidedAt,
    String reasons) {

  DuplicatePair {
    explanation = List.copyOf(explanation);
  }

  /** How likely the two are the same child, in words: never certainty. */
  public Likelihood likelihood() {
    return Likelihood.of(probability);
  }

  /** Whether a person can still act on the pair: both records are held and nobody decided. */
  boolean open() {
    return "OPEN".equals(status) && !first.merged() && !second.merged();
  }
}
