package uk.harbour.cases.plan;

/** What finalising a plan did. */
public enum FinaliseOutcome {
  /** Finalised now (for the first time, or again after it changed). */
  FINALISED,
  /** Nothing to do: it was finalised and has not changed since. */
  ALREADY_FINALISED,
  /** Refused, nothing changed: no disruption action and no reason why none yet. */
  DISRUPTION_MISSING
}
