package uk.harbour.intelligence;

/**
 * The 3x5x2 intelligence assessment: A known directly to the source, B known indirectly but
 * corroborated, C known indirectly, D not known, E suspected to be false.
 */
enum IntelligenceAssessment {
  A,
  B,
  C,
  D,
  E
}
