package uk.harbour.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The parameters live matching uses, and where they came from. With at least a minimum number of
 * people held, m and u are estimated from them without labels, exactly as a batch run does: u from
 * random pairs, then m, u and the share of matches by expectation maximisation over the candidate
 * pairs blocking finds among them. If EM finds no plausible match class (few duplicates among the
 * people held, say), m stays at its prior and u keeps its random-pair estimate. Below the minimum
 * the hand-set priors ({@link MatchModel#defaults()}) are used.
 *
 * <p>The prior share of matches is always {@link MatchModel#DEFAULT_LAMBDA}: EM's share is that of
 * duplicate pairs among the people held, not of the candidates for one new record.
 *
 * @param records how many people the estimate saw
 * @param candidatePairs how many candidate pairs EM ran over (0 for priors)
 */
public record ModelEstimate(MatchModel model, Source source, int records, long candidatePairs) {

  /** Where the parameters came from. */
  public enum Source {
    /** Too few people held to estimate anything: the hand-set priors. */
    PRIORS_TOO_FEW,
    /** EM found no plausible match class: prior m, u from random pairs of the people held. */
    PRIOR_M_RANDOM_PAIR_U,
    /** m, u and the match share estimated by EM from the people held. */
    ESTIMATED
  }

  /** Estimates from {@code people} if there are at least {@code minimum} of them. */
  public static ModelEstimate of(Collection<PersonRecord> people, int minimum) {
    if (people.size() < Math.max(2, minimum)) {
      return new ModelEstimate(MatchModel.defaults(), Source.PRIORS_TOO_FEW, people.size(), 0);
    }
    List<PersonRecord> list = new ArrayList<>(people);
    LinkResult run = Linker.deduplicate(list, LinkSettings.defaults());
    MatchModel model = run.model().withLambda(MatchModel.DEFAULT_LAMBDA);
    return new ModelEstimate(
        model,
        run.stats().estimated() ? Source.ESTIMATED : Source.PRIOR_M_RANDOM_PAIR_U,
        list.size(),
        run.stats().candidatePairs());
  }

  /** One line for the log. */
  public String describe() {
    return switch (source) {
      case PRIORS_TOO_FEW ->
          "hand-set prior parameters: "
              + records
              + " people held, fewer than needed to estimate them";
      case PRIOR_M_RANDOM_PAIR_U ->
          "u estimated from random pairs of "
              + records
              + " people held; EM over "
              + candidatePairs
              + " candidate pairs found no plausible match class, so m stays at its prior";
      case ESTIMATED ->
          "m and u estimated by EM from "
              + records
              + " people held ("
              + candidatePairs
              + " candidate pairs)";
    };
  }
}
