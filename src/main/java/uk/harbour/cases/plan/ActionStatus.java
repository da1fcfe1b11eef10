package uk.harbour.cases.plan;

/** Where a plan action has got to. */
public enum ActionStatus {
  NOT_STARTED,
  IN_PROGRESS,
  DONE,
  NO_LONGER_NEEDED;

  public boolean open() {
    return this == NOT_STARTED || this == IN_PROGRESS;
  }
}
