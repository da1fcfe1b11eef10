package uk.harbour.missing;

/** The police's risk grading of a missing report. */
public enum PoliceRiskGrade {
  NO_APPARENT_RISK,
  LOW,
  MEDIUM,
  HIGH
}
