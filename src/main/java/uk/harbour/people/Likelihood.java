package uk.harbour.people;

/**
 * How likely a suggested match is to be the same child, as every page says it: in plain words
 * first, with a whole percentage for those who want it, and never certainty. The matching model's
 * probabilities are over-confident at the extremes (docs/adr/006), so from 0.99 up a page says only
 * "very likely the same child (over 99%)", never 100%. Pages show it from the message bundle
 * ({@code matching.likelihood.<band>}, with {@link #percent()} as its argument).
 *
 * @param band the words
 * @param percent the probability as a whole percentage, rounded down (so 0.996 is never shown as
 *     100); 0 below 1%
 */
public record Likelihood(Band band, int percent) {

  /** The words a likelihood is said in, from most to least likely. */
  public enum Band {
    /** 0.99 and above: shown without a figure beyond "over 99%". */
    VERY_LIKELY,
    /** 0.9 and above: the level at which Harbour reports a likely match (docs/adr/006). */
    LIKELY,
    /** 0.5 and above: as likely as not, or more. */
    POSSIBLE,
    /** 0.1 and above. */
    LESS_LIKELY,
    /** Below 0.1. */
    UNLIKELY
  }

  public static Likelihood of(double probability) {
    double p = Double.isNaN(probability) ? 0 : Math.max(0, Math.min(1, probability));
    Band band;
    if (p >= 0.99) {
      band = Band.VERY_LIKELY;
    } else if (p >= 0.9) {
      band = Band.LIKELY;
    } else if (p >= 0.5) {
      band = Band.POSSIBLE;
    } else if (p >= 0.1) {
      band = Band.LESS_LIKELY;
    } else {
      band = Band.UNLIKELY;
    }
    int percent = band == Band.VERY_LIKELY ? 99 : Math.min(98, (int) Math.floor(p * 100));
    return new Likelihood(band, percent);
  }

  /** The message key of the words. */
  public String key() {
    return "matching.likelihood." + band.name();
  }
}
