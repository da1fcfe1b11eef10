package uk.harbour.matching.entities;

/** The kinds of register entry a mention can resolve to. */
public enum EntityType {
  PERSON,
  VEHICLE,
  PHONE,
  ONLINE_ACCOUNT,
  PLACE
}
