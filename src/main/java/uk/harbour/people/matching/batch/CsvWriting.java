package uk.harbour.people.matching.batch;

/** Quotes a CSV field when it holds a comma, quote or line break. */
final class CsvWriting {

  private CsvWriting() {}

  static String field(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return '"' + value.replace("\"", "\"\"") + '"';
      }
    }
    return value;
  }
}
