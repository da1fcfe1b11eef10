package uk.harbour.language;

import java.util.Locale;

/** How strongly a finding is worth a second look. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH;

  /** One step lower, for words quoted from someone other than the young person. */
  public Severity softer() {
    return this == HIGH ? MEDIUM : LOW;
  }

  /** Reads {@code high}, {@code medium} or {@code low}, ignoring case. */
  public static Severity parse(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
