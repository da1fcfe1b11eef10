package uk.harbour.language;

import java.util.List;

/** Writes findings as compact JSON without a library (the command runs without Spring). */
final class FindingJson {

  private FindingJson() {}

  /** One output line of the batch check; {@code id} (may be null) is the input line's own id. */
  static String line(int number, String id, List<Finding> findings) {
    return "{\"line\":"
        + number
        + (id == null ? "" : ",\"id\":" + quote(id))
        + ",\"findings\":"
        + findings(findings)
        + "}";
  }

  static String findings(List<Finding> findings) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (i > 0) {
        b.append(',');
      }
      b.append("{\"phrase\":").append(quote(f.phrase()));
      b.append(",\"start\":").append(f.start());
      b.append(",\"end\":").append(f.end());
      b.append(",\"entryId\":").append(quote(f.entryId()));
      b.append(",\"title\":").append(quote(f.title()));
      b.append(",\"severity\":")
          .append(quote(f.severity().name().toLowerCase(java.util.Locale.ROOT)));
      b.append(",\"quoted\":").append(f.quoted());
      b.append(",\"why\":").append(quote(f.why()));
      b.append(",\"source\":").append(quote(f.source()));
      b.append(",\"alternatives\":[");
      for (int j = 0; j < f.alternatives().size(); j++) {
        b.append(j > 0 ? "," : "").append(quote(f.alternatives().get(j)));
      }
      b.append("]}");
    }
    return b.append(']').toString();
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
