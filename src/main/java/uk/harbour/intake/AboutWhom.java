package uk.harbour.intake;

import java.time.LocalDate;
import uk.harbour.people.ChildDetails;
import uk.harbour.people.Sex;

/**
 * Who a concern is about, as the reporter knows them: any part may be missing. Kept structured so
 * that identity matching can compare each part.
 *
 * @param nameUnknown the reporter said they do not know the child's name
 * @param givenNames first and middle names, as typed
 * @param otherNames nicknames, names the child is known by, or a name the public gave as typed
 * @param description anything else that would help identify the child (appearance, where seen)
 */
record AboutWhom(
    boolean nameUnknown,
    String givenNames,
    String familyName,
    String otherNames,
    LocalDate dateOfBirth,
    Integer approximateAge,
    Sex sex,
    String address,
    String postcode,
    String school,
    String description) {

  static final AboutWhom NOTHING =
      new AboutWhom(false, null, null, null, null, null, null, null, null, null, null);

  /** Whether any name was given: given, family or other names. */
  public boolean hasName() {
    return givenNames != null || familyName != null || otherNames != null;
  }

  /** The name as given, for lists: given and family names, else other names; null if none. */
  public String displayName() {
    if (givenNames != null || familyName != null) {
      return ((givenNames == null ? "" : givenNames) + " " + (familyName == null ? "" : familyName))
          .strip();
    }
    return otherNames;
  }

  /** What a new child record would start from: the names, age and places the concern gives. */
  ChildDetails toChildDetails() {
    return new ChildDetails(
        givenNames,
        familyName,
        otherNames,
        dateOfBirth,
        dateOfBirth == null ? approximateAge : null,
        sex,
        null,
        null,
        null,
        null,
        null,
        address,
        postcode,
        school);
  }
}
