package uk.harbour.matching;

/**
 * How one field compared in a scored pair: the agreement level in plain words and its weight, the
 * evidence in bits (log2 of the Bayes factor m/u). Positive weights point to the same person,
 * negative to different people; a missing field weighs nothing.
 */
public record FieldMatch(String field, String level, double weight) {

  /** The level shown when either record lacks the field. */
  public static final String MISSING = "not known on both records";

  /** Added to a name level whose weight was adjusted for how common the name is. */
  static final String ADJUSTED = " (weighted by how common the name is)";

  public boolean missing() {
    return MISSING.equals(level);
  }

  /** Whether the weight of this exact name agreement was adjusted for how common the name is. */
  public boolean adjusted() {
    return level.endsWith(ADJUSTED);
  }

  /** The level without the note on how common the name is. */
  public String baseLevel() {
    return adjusted() ? level.substring(0, level.length() - ADJUSTED.length()) : level;
  }
}
