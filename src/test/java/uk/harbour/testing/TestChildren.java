package uk.harbour.testing;

import java.time.LocalDate;
import uk.harbour.people.ChildDetails;
import uk.harbour.people.Sex;

/** Synthetic children's details for tests that need a record and nothing more about it. */
public final class TestChildren {

  private TestChildren() {}

  /** A child known only by name, date of birth and sex; every other detail not recorded. */
  public static ChildDetails named(String first, String last, LocalDate dateOfBirth, Sex sex) {
    return new ChildDetails(
        first, last, null, dateOfBirth, null, sex, null, null, null, null, null, null, null, null);
  }

  /** A child known by name, other names, date of birth, sex and school; nothing else recorded. */
  public static ChildDetails atSchool(
      String first, String last, String otherNames, LocalDate dateOfBirth, Sex sex, String school) {
    return new ChildDetails(
        first,
        last,
        otherNames,
        dateOfBirth,
        null,
        sex,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        school);
  }
}
