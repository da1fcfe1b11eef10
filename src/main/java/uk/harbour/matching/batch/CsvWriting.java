package uk.harbour.matching.batch;

/**
 * Writes one CSV field: quoted when it holds a comma, quote or line break, and neutralised when a
 * spreadsheet would run it as a formula (CSV injection).
 */
public final class CsvWriting {

  private CsvWriting() {}

  /**
   * The field as CSV. A value starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
   * carriage return is written as OWASP's CSV injection guidance advises: a single quote before it,
   * the whole inside double quotes, so a spreadsheet shows it as text and never runs it. Record ids
   * such as {@code -7} therefore read back as {@code '-7}.
   */
  public static String field(String value) {
    if (startsAFormula(value)) {
      return quoted("'" + value);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return quoted(value);
      }
    }
    return value;
  }

  private static boolean startsAFormula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }

  private static String quoted(String value) {
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
