package uk.harbour.matching.entities;

import java.util.List;

/**
 * One candidate for a mention: the register entry's id, its score (the sum of the weights of the
 * reasons, higher is closer; comparable only between candidates of the same mention), its strength,
 * and the reasons that count for and against it, strongest first.
 */
public record EntityMatch(
    String id,
    double score,
    MatchStrength strength,
    List<MatchReason> forMatch,
    List<MatchReason> against) {

  public EntityMatch {
    forMatch = List.copyOf(forMatch);
    against = List.copyOf(against);
  }
}
