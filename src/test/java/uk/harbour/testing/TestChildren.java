package uk.harbour.testing;

import java.time.LocalDate;
import uk.harbour.people.CareStatus;
import uk.harbour.people.ChildDetails;
import uk.harbour.people.Disability;
import uk.harbour.people.Ethnicity;
import uk.harbour.people.Sex;

/** Synthetic children's details for tests that need a record and nothing more about it. */
public final class TestChildren {

  private TestChildren() {}

  /** A child known only by name, date of birth and sex; every other detail not recorded. */
  public static ChildDetails named(String first, String last, LocalDate dateOfBirth, Sex sex) {
    return known(first, last, null, dateOfBirth, sex, null, null, null);
  }

  /** A child known by name, other names, date of birth, sex and school; nothing else recorded. */
  public static ChildDetails atSchool(
      String first, String last, String otherNames, LocalDate dateOfBirth, Sex sex, String school) {
    return known(first, last, otherNames, dateOfBirth, sex, null, null, school);
  }

  /**
   * A child known by name, date of birth and sex, and where they live and go to school (any of
   * address, postcode and school may be {@code null}); nothing else recorded.
   */
  public static ChildDetails living(
      String first,
      String last,
      LocalDate dateOfBirth,
      Sex sex,
      String address,
      String postcode,
      String school) {
    return known(first, last, null, dateOfBirth, sex, address, postcode, school);
  }

  /** The details given; no age, gender, ethnicity, disability or care status recorded. */
  private static ChildDetails known(
      String first,
      String last,
      String otherNames,
      LocalDate dateOfBirth,
      Sex sex,
      String address,
      String postcode,
      String school) {
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
        address,
        postcode,
        school);
  }

  /** A White British child in need with no disability; no address, postcode or school recorded. */
  public static ChildDetails inNeed(String first, String last, LocalDate dateOfBirth, Sex sex) {
    return new ChildDetails(
        first,
        last,
        null,
        dateOfBirth,
        null,
        sex,
        null,
        Ethnicity.WHITE_BRITISH,
        Disability.NO,
        null,
        CareStatus.CHILD_IN_NEED,
        null,
        null,
        null);
  }

  /**
   * A looked-after girl at Riverside Academy, living at 4 Larch Row, with every detail recorded.
   */
  public static ChildDetails recordedInFull(String first, String last, LocalDate dateOfBirth) {
    return new ChildDetails(
        first,
        last,
        null,
        dateOfBirth,
        null,
        Sex.FEMALE,
        "girl",
        Ethnicity.WHITE_IRISH,
        Disability.NO,
        null,
        CareStatus.LOOKED_AFTER,
        "4 Larch Row, Northbridge",
        "NB4 7QX",
        "Riverside Academy");
  }
}
