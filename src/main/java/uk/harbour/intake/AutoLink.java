package uk.harbour.intake;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.harbour.people.ChildCandidate;

/**
 * Whether a concern may be linked to a held child without a person deciding. Never, unless {@code
 * harbour.matching.auto-link-from} is set; then only when the best candidate reaches it and no
 * other candidate does. A threshold below {@link ChildCandidate#AUTO_LINK_FLOOR} (0.999999) is
 * raised to it, and the log says so. Child records themselves are never merged automatically: a
 * merge always needs two people.
 */
@Component
class AutoLink {

  private static final Logger log = LoggerFactory.getLogger(AutoLink.class);

  private final OptionalDouble threshold;

  AutoLink(@Value("${harbour.matching.auto-link-from:}") String configured) {
    this.threshold = threshold(configured);
    if (threshold.isEmpty()) {
      log.info(
          "Concerns are never linked to a child automatically (harbour.matching.auto-link-from"
              + " is not set)");
    } else {
      log.info(
          "Concerns are linked to a child automatically from a match probability of {}",
          String.format(Locale.ROOT, "%.7f", threshold.getAsDouble()));
    }
  }

  /** The threshold in force: empty when unset; never below the floor. */
  static OptionalDouble threshold(String configured) {
    if (configured == null || configured.isBlank()) {
      return OptionalDouble.empty();
    }
    double value;
    try {
      value = Double.parseDouble(configured.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "harbour.matching.auto-link-from must be a probability, not '" + configured + "'");
    }
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(
          "harbour.matching.auto-link-from must be a probability from 0 to 1, not " + configured);
    }
    if (value < ChildCandidate.AUTO_LINK_FLOOR) {
      log.warn(
          "harbour.matching.auto-link-from={} is below the floor; {} is used instead",
          configured,
          ChildCandidate.AUTO_LINK_FLOOR);
      value = ChildCandidate.AUTO_LINK_FLOOR;
    }
    return OptionalDouble.of(value);
  }

  OptionalDouble threshold() {
    return threshold;
  }

  /**
   * The candidate certain enough to link without a person: the best, if it reaches the threshold
   * and the second does not. Empty when auto-linking is off.
   */
  Optional<ScreeningCandidates.Candidate> certain(List<ScreeningCandidates.Candidate> ranked) {
    if (threshold.isEmpty() || ranked.isEmpty()) {
      return Optional.empty();
    }
    double from = threshold.getAsDouble();
    ScreeningCandidates.Candidate best = ranked.get(0);
    if (best.child().probability() < from) {
      return Optional.empty();
    }
    if (ranked.size() > 1 && ranked.get(1).child().probability() >= from) {
      return Optional.empty();
    }
    return Optional.of(best);
  }
}
