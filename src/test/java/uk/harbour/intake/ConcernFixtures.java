package uk.harbour.intake;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.harbour.intake.Connections.PersonOfConcern;
import uk.harbour.intake.Connections.Vehicle;
import uk.harbour.people.Sex;
import uk.harbour.shared.Indicator;

/** Builds concerns for tests: a complete, submittable concern unless told otherwise. */
final class ConcernFixtures {

  private String givenNames = "Jaydn";
  private String familyName = "Test";
  private String otherNames = "JJ";
  private boolean nameUnknown;
  private java.time.LocalDate dateOfBirth;
  private Integer approximateAge = 14;
  private Sex sex = Sex.MALE;
  private String school = "Riverside Academy";
  private String account = "Seen getting into a silver car after school with a man in his 30s.";
  private final Map<Indicator, String> observations = new EnumMap<>(Indicator.class);

  private ConcernFixtures() {}

  static ConcernFixtures aConcern() {
    return new ConcernFixtures();
  }

  ConcernFixtures about(String given, String family) {
    givenNames = given;
    familyName = family;
    return this;
  }

  /** About a child born on this date, of this sex, at this school (no approximate age). */
  ConcernFixtures born(java.time.LocalDate on, Sex childSex, String childSchool) {
    dateOfBirth = on;
    approximateAge = null;
    sex = childSex;
    school = childSchool;
    return this;
  }

  ConcernFixtures withUnknownName() {
    nameUnknown = true;
    givenNames = null;
    familyName = null;
    otherNames = null;
    return this;
  }

  ConcernFixtures saying(String whatHappened) {
    account = whatHappened;
    return this;
  }

  ConcernFixtures noting(Indicator indicator, String note) {
    observations.put(indicator, note);
    return this;
  }

  ConcernDetails details() {
    return new ConcernDetails(
        new AboutWhom(
            nameUnknown,
            givenNames,
            familyName,
            otherNames,
            dateOfBirth,
            approximateAge,
            sex,
            null,
            null,
            school,
            nameUnknown ? "Tall, about 14, usually in a red coat" : null),
        new WhatHappened(
            account,
            null,
            "About 4pm",
            "Outside the school gates",
            InformationSource.FIRST_HAND,
            null,
            Reliability.KNOWN_TO_BE_TRUE,
            null,
            null,
            "Told the designated lead"),
        new Connections(
            List.of(new PersonOfConcern("Dean", "D", "Man in his 30s, shaved head", "30s")),
            List.of(new Vehicle("BD5? ?XK", "Silver Ford Focus")),
            List.of(),
            List.of(),
            List.of()),
        observations,
        PublicDetails.NONE);
  }
}
