package uk.harbour.language;

/**
 * What happened to a finding: shown to the practitioner after a save, kept as written, or changed
 * (the phrase was gone at the next save).
 */
public enum FindingOutcome {
  SHOWN,
  KEPT,
  CHANGED
}
