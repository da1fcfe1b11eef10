package uk.harbour.cases.youngperson;

/** Why another child is linked to this young person. */
enum LinkKind {
  SIBLING,
  FRIEND,
  MAY_ALSO_BE_AT_RISK,
  OTHER
}
