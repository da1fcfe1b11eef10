package uk.harbour.cases.assessment;

import uk.harbour.cases.CaseId;

/** Reads a case id from a URL: anything that is not one is a record that does not exist. */
public final class CaseIds {

  private CaseIds() {}

  public static CaseId parse(String value) {
    return CaseId.parse(value);
  }
}
