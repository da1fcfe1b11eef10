package uk.harbour.audit;

/** Text typed into the audit forms. */
final class FormText {

  private FormText() {}

  /** The text trimmed, or {@code null} when there is none. */
  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
