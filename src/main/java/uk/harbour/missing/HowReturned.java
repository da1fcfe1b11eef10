package uk.harbour.missing;

/**
 * How an episode ended. {@link #CHANGED_KIND} is an episode ended because it changed between
 * missing and away (a new episode started at the same moment): no return, no return interview.
 */
public enum HowReturned {
  RETURNED_THEMSELVES,
  FOUND_BY_POLICE,
  FOUND_BY_CARER,
  FOUND_BY_FAMILY,
  FOUND_BY_OTHER,
  CHANGED_KIND;

  /** The ways a person records a return (the change of kind is recorded by "it changed"). */
  public static final java.util.List<HowReturned> CHOICES =
      java.util.List.of(
          RETURNED_THEMSELVES, FOUND_BY_POLICE, FOUND_BY_CARER, FOUND_BY_FAMILY, FOUND_BY_OTHER);
}
