package uk.harbour.cases.youngperson;

/** Who someone is to the young person. Persons of concern are recorded separately. */
enum RelationshipKind {
  FAMILY,
  FRIEND,
  PROFESSIONAL,
  OTHER
}
