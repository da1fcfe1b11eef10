package uk.harbour.people;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** What a user searches children by: any part of a name, and optionally a date of birth. */
public record ChildSearch(String name, LocalDate dateOfBirth) {

  public static final ChildSearch ALL = new ChildSearch(null, null);

  List<String> nameTokens() {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    return Arrays.stream(name.strip().split("[\\s,]+")).filter(t -> !t.isBlank()).limit(5).toList();
  }

  boolean isEmpty() {
    return nameTokens().isEmpty() && dateOfBirth == null;
  }
}
