package uk.harbour.audit;

import org.jspecify.annotations.Nullable;

/** Text typed into the audit forms. */
final class FormText {

  private FormText() {}

  /** The text trimmed, or {@code null} when there is none. */
  static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
