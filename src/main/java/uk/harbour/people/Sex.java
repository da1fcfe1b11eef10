package uk.harbour.people;

/** Sex as recorded by the referring agency. Gender identity is recorded separately, in words. */
public enum Sex {
  FEMALE,
  MALE,
  NOT_KNOWN
}
