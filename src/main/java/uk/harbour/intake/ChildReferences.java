package uk.harbour.intake;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.harbour.people.Children;
import uk.harbour.shared.ChildId;

/**
 * Finds a child's id from the Harbour reference a screening officer typed, reading nothing else
 * about the child.
 */
@Component
class ChildReferences {

  private final Children children;

  ChildReferences(Children children) {
    this.children = children;
  }

  Optional<ChildId> find(String typed) {
    String reference = normalise(typed);
    if (reference == null) {
      return Optional.empty();
    }
    return children.idForReference(reference);
  }

  /** "hbr-1234 " and "HBR-001234" both become HBR-001234; anything else null. */
  static String normalise(String typed) {
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
