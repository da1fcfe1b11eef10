package uk.harbour.language;

/** What a practitioner did about a finding: kept the words as written, or changed them. */
public enum FindingOutcome {
  KEPT,
  CHANGED
}
