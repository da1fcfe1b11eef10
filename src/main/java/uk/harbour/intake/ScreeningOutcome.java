package uk.harbour.intake;

/** What a screening officer decides to do with a concern. Always with written reasons. */
public enum ScreeningOutcome {
  NO_FURTHER_ACTION,
  ADVICE_GIVEN,
  EARLY_HELP,
  REFERRAL_TO_CSE_SERVICE,
  STRATEGY_DISCUSSION,
  PASSED_TO_POLICE_INTELLIGENCE;

  /** Whether this outcome needs the concern to be linked to a child first. */
  public boolean needsChild() {
    return this == REFERRAL_TO_CSE_SERVICE;
  }
}
