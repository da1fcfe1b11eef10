package uk.harbour.accesscontrol;

/** The kind of organisation an agency is. */
public enum AgencyKind {
  CHILDRENS_SOCIAL_CARE,
  POLICE,
  EDUCATION,
  HEALTH,
  VOLUNTARY_SECTOR,
  YOUTH_SERVICE,
  HOUSING,
  OTHER
}
