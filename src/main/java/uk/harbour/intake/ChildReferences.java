package uk.harbour.intake;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.harbour.people.Children;

/**
 * Finds a child's id from the Harbour reference a screening officer typed, reading nothing else
 * about the child; a record merged into another resolves to the record kept.
 */
@Component
class ChildReferences {

  private final Children children;

  ChildReferences(Children children) {
    this.children = children;
  }

  /**
   * The record a typed reference stands for now: the record itself, or the record it was merged
   * into (so a merged-away record never takes a new link).
   */
  Optional<Children.HeldReference> find(String typed) {
    String reference = normalise(typed);
    if (reference == null) {
      return Optional.empty();
    }
    return children.heldRecordForReference(reference);
  }

  /** "hbr-1234 " and "HBR-001234" both become HBR-001234; anything else null. */
  static @Nullable String normalise(String typed) {
    if (typed == null) {
      return null;
    }
    String s = typed.strip().toUpperCase(Locale.ROOT).replace(" ", "");
    if (!s.matches("(HBR-?)?\\d{1,9}")) {
      return null;
    }
    String digits = s.replaceAll("\\D", "");
    return digits.length() > 6
        ? "HBR-" + digits
        : String.format(Locale.ROOT, "HBR-%06d", Long.parseLong(digits));
  }
}
