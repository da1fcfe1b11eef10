package uk.harbour.matching.entities;

import static uk.harbour.matching.entities.MatchReason.COLOUR_DIFFERENT;
import static uk.harbour.matching.entities.MatchReason.COLOUR_SAME;
import static uk.harbour.matching.entities.MatchReason.MAKE_DIFFERENT;
import static uk.harbour.matching.entities.MatchReason.MAKE_SAME;
import static uk.harbour.matching.entities.MatchReason.PLATE_DIFFERENT;
import static uk.harbour.matching.entities.MatchReason.PLATE_FITS_PARTIAL;
import static uk.harbour.matching.entities.MatchReason.PLATE_NEARLY;
import static uk.harbour.matching.entities.MatchReason.PLATE_SAME;

import org.jspecify.annotations.Nullable;
import uk.harbour.matching.TextMeasures;

/**
 * Vehicles. The same full plate is STRONG unless the make differs. A partial plate that fits weighs
 * one point per known character it has; it is STRONG with six or more known characters and nothing
 * against, or with four or more when make and colour both agree. Two full plates that differ count
 * heavily against, except one slip apart (a misread character or two neighbours swapped), which is
 * POSSIBLE when the make agrees. Colours are often misreported, so a different colour counts only a
 * little against.
 */
final class VehicleRules {

  private VehicleRules() {}

  static @Nullable Comparison compare(Features m, Features r) {
    if (m.plate.isEmpty() || r.plate.isEmpty()) {
      return null;
    }
    Comparison c = new Comparison();
    boolean bothFull = !m.platePartial && !r.platePartial;
    int known = Math.min(m.plateKnown, r.plateKnown);
    if (m.plate.equals(r.plate) && bothFull) {
      c.add(PLATE_SAME, 10);
      c.identifier();
    } else if (Plates.fits(m.plate, r.plate)) {
      c.add(PLATE_FITS_PARTIAL, known);
    } else if (bothFull && TextMeasures.withinOneEdit(m.plate, r.plate)) {
      c.add(PLATE_NEARLY, 2);
    } else {
      c.add(PLATE_DIFFERENT, bothFull ? -10 : -6);
    }
    boolean makeSame = false;
    boolean colourSame = false;
    if (!m.make.isEmpty() && !r.make.isEmpty()) {
      makeSame = m.make.equals(r.make);
      c.add(makeSame ? MAKE_SAME : MAKE_DIFFERENT, makeSame ? 2 : -4);
    }
    if (!m.colour.isEmpty() && !r.colour.isEmpty()) {
      colourSame = m.colour.equals(r.colour);
      c.add(colourSame ? COLOUR_SAME : COLOUR_DIFFERENT, colourSame ? 1 : -1.5);
    }
    if (c.has(PLATE_SAME) && !c.has(MAKE_DIFFERENT)) {
      return c.strength(MatchStrength.STRONG);
    }
    if (c.has(PLATE_FITS_PARTIAL)
        && ((known >= 6 && !c.hasAgainst()) || (known >= 4 && makeSame && colourSame))) {
      return c.strength(MatchStrength.STRONG);
    }
    if (c.has(PLATE_NEARLY)) {
      return makeSame ? c.strength(MatchStrength.POSSIBLE) : null;
    }
    if (c.has(PLATE_FITS_PARTIAL) && known >= 3 && c.score() >= 3) {
      return c.strength(MatchStrength.POSSIBLE);
    }
    return c.has(PLATE_SAME) ? c.strength(MatchStrength.POSSIBLE) : null;
  }
}
