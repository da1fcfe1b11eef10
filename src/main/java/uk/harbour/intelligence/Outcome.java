package uk.harbour.intelligence;

/** What the police intelligence unit decided to do with a submission. */
public enum Outcome {
  RECORDED,
  CRIME_REPORT,
  SAFEGUARDING_REFERRAL,
  NO_FURTHER_ACTION
}
