package uk.harbour.people;

import java.util.List;
import java.util.Locale;
import uk.harbour.matching.Explanation;
import uk.harbour.matching.FieldMatch;

/**
 * One reason behind a suggested match, for a person to read: which detail, how it compared, and in
 * plain words how strongly that points to the same child. Pages show it from the message bundles
 * ({@code matching.field.*}, {@code matching.level.*}, {@code matching.strength.*}); the weight,
 * the evidence in the matching model's units, is kept for screening officers who want it.
 *
 * @param field the detail, a message key part such as {@code given-name}
 * @param level how it compared, a message key part such as {@code exact}
 * @param commonNameAdjusted an exact name whose weight depends on how common the name is
 * @param text for reasons stored before reasons were kept in this form: the old line, shown as it
 *     is; null otherwise
 */
public record MatchReason(
    String field,
    String level,
    Strength strength,
    double weight,
    boolean commonNameAdjusted,
    String text) {

  /** How strongly one detail points to the same child, in plain words. */
  public enum Strength {
    STRONG_AGREEMENT,
    AGREES,
    PARTLY_AGREES,
    LITTLE_DIFFERENCE,
    DISAGREES,
    STRONGLY_DISAGREES;

    static Strength of(double weight) {
      if (weight >= 6) {
        return STRONG_AGREEMENT;
      }
      if (weight >= 2) {
        return AGREES;
      }
      if (weight > 0.5) {
        return PARTLY_AGREES;
      }
      if (weight >= -0.5) {
        return LITTLE_DIFFERENCE;
      }
      if (weight > -4) {
        return DISAGREES;
      }
      return STRONGLY_DISAGREES;
    }
  }

  private static final String SEPARATOR = "|";

  /** The reasons for a match, one per detail known on both records, in the model's field order. */
  static List<MatchReason> of(Explanation explanation) {
    return explanation.fields().stream().filter(f -> !f.missing()).map(MatchReason::of).toList();
  }

  static MatchReason of(FieldMatch f) {
    return new MatchReason(
        key(f.field()),
        key(f.baseLevel()),
        Strength.of(f.weight()),
        f.weight(),
        f.adjusted(),
        null);
  }

  /** Whether this is an old line kept as text. */
  public boolean legacy() {
    return text != null;
  }

  /** The weight with its sign and one decimal, for screening officers: "+4.3". */
  public String weightText() {
    return String.format(Locale.UK, "%+.1f", weight);
  }

  /** The form the duplicate queue stores: field, level, weight and the adjustment, one line. */
  String stored() {
    return String.join(
        SEPARATOR,
        field,
        level,
        String.format(Locale.ROOT, "%.4f", weight),
        commonNameAdjusted ? "adjusted" : "");
  }

  /** A stored line back as a reason; a line in the old free-text form is kept as text. */
  static MatchReason parse(String line) {
    String[] parts = line.split("\\" + SEPARATOR, -1);
    if (parts.length == 4 && parts[0].matches("[a-z0-9-]+") && parts[1].matches("[a-z0-9-]+")) {
      try {
        double weight = Double.parseDouble(parts[2]);
        return new MatchReason(
            parts[0], parts[1], Strength.of(weight), weight, "adjusted".equals(parts[3]), null);
      } catch (NumberFormatException e) {
        // fall through: shown as the text it is
      }
    }
    return new MatchReason(null, null, null, 0, false, line);
  }

  /** "nickname, variant or other name" becomes "nickname-variant-or-other-name". */
  static String key(String words) {
    return words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
