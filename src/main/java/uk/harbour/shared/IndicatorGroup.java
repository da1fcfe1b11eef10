package uk.harbour.shared;

/**
 * The three groups indicator prompts are shown in, by what the evidence says about them (Brown et
 * al, 2016, and the wider child sexual abuse literature). Prompts are for thought: they are never
 * counted, added up, banded or coloured.
 */
public enum IndicatorGroup {
  /** Evidenced correlates: disability, being in care, previous sexual abuse. */
  EVIDENCED_CORRELATES,
  /** Signs that harm may already be happening: a reason to act, not to wait. */
  SIGNS_OF_HARM,
  /** Commonly listed factors that research has not shown to predict exploitation. */
  WITHOUT_EVIDENCE
}
