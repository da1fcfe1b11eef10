package uk.harbour.people;

import java.util.List;

/**
 * One child a search found: who, and, when the identity matching engine found them, how closely
 * they match what was typed and why, in plain words. A child found only because their name contains
 * what was typed has no closeness and no reasons.
 *
 * <p>A search result says how closely the record matches, not how likely it is the same child: the
 * engine's probability weighs the details against a prior of one in a thousand (right for a concern
 * that may be about anyone held), so a name typed with nothing else is "unlikely" even for the
 * child the practitioner means. The closeness is the evidence alone: the sum of the details'
 * weights, in bits (docs/adr/017).
 *
 * @param closeness how closely, or null when found by name only
 * @param reasons one per detail known on both sides, empty when found by name only
 */
public record ChildSearchResult(ChildRecord child, Closeness closeness, List<MatchReason> reasons) {

  /** How closely a record matches what was typed, from the weight of the details' evidence. */
  public enum Closeness {
    /** 16 bits or more: for example the whole name and the date of birth agree. */
    VERY_CLOSELY,
    /** 9 bits or more: for example the whole name agrees exactly. */
    CLOSELY,
    /** From {@link ChildFinder#MIN_EVIDENCE} bits: for example names that sound the same. */
    IN_PART;

    static Closeness of(double evidence) {
      if (evidence >= 16) {
        return VERY_CLOSELY;
      }
      return evidence >= 9 ? CLOSELY : IN_PART;
    }

    public String key() {
      return "people.search.closeness." + name();
    }
  }

  public ChildSearchResult {
    reasons = List.copyOf(reasons);
  }

  /** Whether the identity matching engine found this child (so there are reasons to show). */
  public boolean matched() {
    return closeness != null;
  }
}
