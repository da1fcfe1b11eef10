package uk.harbour.intake;

/** Whether a member of the public thought a child was in danger at the time they report. */
enum DangerNow {
  YES,
  NO,
  NOT_SURE
}
