package uk.harbour.intake;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.harbour.shared.ChildId;

/**
 * Finds a child's id from the Harbour reference a screening officer typed, reading nothing else
 * about the child. The people module has no facade method for this yet ({@code Children} finds by
 * id only); when it gains one (for example {@code Children.idForReference}), call that instead of
 * reading its table here.
 */
@Component
class ChildReferences {

  private final JdbcClient jdbc;

  ChildReferences(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ChildId> find(String typed) {
    String reference = normalise(typed);
    if (reference == null) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT id FROM child WHERE reference = ?")
        .param(reference)
        .query(UUID.class)
        .optional()
        .map(ChildId::new);
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
