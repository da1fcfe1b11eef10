package uk.harbour.intelligence;

/** The registers: what a disruption can target and what a network links to children. */
public enum EntityKind {
  PERSON,
  VEHICLE,
  PHONE,
  ONLINE_ACCOUNT,
  PLACE
}
