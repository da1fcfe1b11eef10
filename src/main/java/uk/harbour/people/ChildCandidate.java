package uk.harbour.people;

import java.time.LocalDate;
import java.util.List;
import uk.harbour.matching.MatchThresholds;

/**
 * A child who may be the one described, for a screening officer to confirm or reject.
 *
 * @param reference the child's Harbour reference
 * @param name the child's name as held
 * @param dateOfBirth as held, or null
 * @param approximateAge as held when the date of birth is not known, or null
 * @param school as held, or null
 * @param probability from 0 to 1
 * @param reasons one per detail known on both sides: how it compared and how strongly it counted
 */
public record ChildCandidate(
    String reference,
    String name,
    LocalDate dateOfBirth,
    Integer approximateAge,
    String school,
    double probability,
    List<MatchReason> reasons) {

  /**
   * The lowest probability at which a concern may ever be linked to this child without a person
   * deciding: the floor of any configured auto-link threshold ({@link MatchThresholds#AUTO_MERGE}).
   */
  public static final double AUTO_LINK_FLOOR = MatchThresholds.AUTO_MERGE;

  public ChildCandidate {
    reasons = List.copyOf(reasons);
  }

  /** How likely this is the child described, in words: never certainty. */
  public Likelihood likelihood() {
    return Likelihood.of(probability);
  }
}
