package uk.harbour.cases.assessment;

import java.util.UUID;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.Cases;
import uk.harbour.shared.RecordNotFoundException;

/** Reads a case id from a URL: anything that is not one is a record that does not exist. */
public final class CaseIds {

  private CaseIds() {}

  public static CaseId parse(String value) {
    try {
      return new CaseId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new RecordNotFoundException(Cases.RECORD_TYPE);
    }
  }
}
