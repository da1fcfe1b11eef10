package uk.harbour.matching.entities;

/** How far a candidate goes. */
public enum MatchStrength {
  /** An officer would usually confirm it: identifiers agree, or names, surname and age all do. */
  STRONG,
  /** Worth a look: something distinctive agrees, but not enough to say it is the same. */
  POSSIBLE
}
