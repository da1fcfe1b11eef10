package uk.harbour.missing;

/** In what capacity the person who recorded an episode did so. */
public enum RecorderCapacity {
  KEY_WORKER,
  CARERS_AGENCY,
  POLICE,
  SCREENING_TEAM
}
