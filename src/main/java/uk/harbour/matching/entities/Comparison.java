package uk.harbour.matching.entities;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The reasons found comparing a mention with one candidate, their total weight and strength. */
final class Comparison {

  private final List<MatchReason> forMatch = new ArrayList<>(4);
  private final List<Double> forWeights = new ArrayList<>(4);
  private final List<MatchReason> against = new ArrayList<>(2);
  private final List<Double> againstWeights = new ArrayList<>(2);
  private double score;
  private @Nullable MatchStrength strength;
  private boolean identifier;

  /** Adds a reason; a positive weight counts for, a negative one against. */
  void add(MatchReason reason, double weight) {
    score += weight;
    List<MatchReason> reasons = weight >= 0 ? forMatch : against;
    List<Double> weights = weight >= 0 ? forWeights : againstWeights;
    int at = 0;
    while (at < weights.size() && Math.abs(weights.get(at)) >= Math.abs(weight)) {
      at++;
    }
    reasons.add(at, reason);
    weights.add(at, weight);
  }

  boolean has(MatchReason reason) {
    return forMatch.contains(reason) || against.contains(reason);
  }

  boolean hasAgainst() {
    return !against.isEmpty();
  }

  double score() {
    return score;
  }

  /** Sets the strength; null means not even worth a look. */
  Comparison strength(@Nullable MatchStrength value) {
    strength = value;
    return this;
  }

  @Nullable MatchStrength strength() {
    return strength;
  }

  /** Marks a match that rests on an identifier agreeing exactly (same phone, plate, username). */
  Comparison identifier() {
    identifier = true;
    return this;
  }

  boolean onIdentifier() {
    return identifier;
  }

  EntityMatch toMatch(String id) {
    return new EntityMatch(
        id,
        Math.round(score * 100) / 100.0,
        java.util.Objects.requireNonNull(strength),
        forMatch,
        against);
  }
}
