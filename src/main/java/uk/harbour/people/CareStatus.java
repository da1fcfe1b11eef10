package uk.harbour.people;

/** The child's care and statutory status. */
public enum CareStatus {
  NO_STATUTORY_INVOLVEMENT,
  CHILD_IN_NEED,
  CHILD_PROTECTION_PLAN,
  LOOKED_AFTER,
  CARE_LEAVER,
  NOT_KNOWN
}
