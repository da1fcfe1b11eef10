package uk.harbour.matching;

/** Two records and how likely they are the same person (match weight in bits, probability). */
public record ScoredPair(String leftId, String rightId, double matchWeight, double probability) {}
