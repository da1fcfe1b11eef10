package uk.harbour.intake;

/** Who sent a public report, as they chose to say. */
enum ReporterKind {
  MEMBER_OF_PUBLIC,
  BUSINESS,
  PARENT_OR_CARER,
  YOUNG_PERSON,
  PREFER_NOT_TO_SAY
}
