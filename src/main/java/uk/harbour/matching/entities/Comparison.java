package uk.harbour.matching.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The reasons found comparing a mention with one candidate, their total weight and strength. Kept
 * in two small arrays, since most candidates compared are never listed.
 */
final class Comparison {

  private final MatchReason[] reasons = new MatchReason[8];
  private final double[] weights = new double[8];
  private int count;
  private double score;
  private boolean against;
  private @Nullable MatchStrength strength;
  private boolean identifier;

  /** Adds a reason; a positive weight counts for, a negative one against. */
  void add(MatchReason reason, double weight) {
    reasons[count] = reason;
    weights[count++] = weight;
    score += weight;
    against |= weight < 0;
  }

  boolean has(MatchReason reason) {
    for (int i = 0; i < count; i++) {
      if (reasons[i] == reason) {
        return true;
      }
    }
    return false;
  }

  boolean hasAgainst() {
    return against;
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

  /** The match, its reasons for and against each listed strongest first. */
  EntityMatch toMatch(String id) {
    return new EntityMatch(
        id,
        Math.round(score * 100) / 100.0,
        Objects.requireNonNull(strength),
        strongestFirst(true),
        strongestFirst(false));
  }

  private List<MatchReason> strongestFirst(boolean forMatch) {
    List<MatchReason> out = new ArrayList<>(count);
    boolean[] taken = new boolean[count];
    while (true) {
      int best = -1;
      for (int i = 0; i < count; i++) {
        if (!taken[i]
            && (weights[i] >= 0) == forMatch
            && (best < 0 || Math.abs(weights[i]) > Math.abs(weights[best]))) {
          best = i;
        }
      }
      if (best < 0) {
        return out;
      }
      taken[best] = true;
      out.add(reasons[best]);
    }
  }
}
