package uk.harbour.accesscontrol.oversight;

import org.jspecify.annotations.Nullable;

/**
 * What every data protection officer's decision form holds besides the decision itself: a note of
 * up to {@link #NOTE_MAX} characters, and the version of the record decided on, so a decision made
 * on a page that has since changed is refused as stale.
 */
abstract class OfficerDecisionForm {

  static final int NOTE_MAX = 2000;

  private @Nullable String note;
  private int version;

  public @Nullable String getNote() {
    return note;
  }

  public void setNote(@Nullable String v) {
    note = v;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int v) {
    version = v;
  }
}
