package uk.harbour.people;

/** Whether the child has a disability or additional needs, an evidenced correlate of harm. */
public enum Disability {
  YES,
  NO,
  NOT_KNOWN
}
