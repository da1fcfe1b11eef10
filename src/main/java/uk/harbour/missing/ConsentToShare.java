package uk.harbour.missing;

/**
 * Whether the young person agrees to their words being shared beyond the people around them: all of
 * them, none, or only the part they agreed (kept apart as the words they agree to share).
 */
public enum ConsentToShare {
  YES,
  NO,
  SOME
}
