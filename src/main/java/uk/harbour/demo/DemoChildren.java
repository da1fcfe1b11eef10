package uk.harbour.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.harbour.people.CareStatus;
import uk.harbour.people.ChildDetails;
import uk.harbour.people.Disability;
import uk.harbour.people.Ethnicity;
import uk.harbour.people.Sex;

/**
 * Fifty fictional children, aged 8 to 17, from a fixed random seed: the same names, ages and
 * characteristics on every machine. Names are common ones combined at random; addresses are in the
 * invented town of Northbridge with postcodes in an area that does not exist.
 */
final class DemoChildren {

  static final int COUNT = 50;

  private static final String[] GIRLS = {
    "Amelia", "Olivia", "Isla", "Ava", "Mia", "Aisha", "Zara", "Chloe", "Ruby", "Leah",
    "Maya", "Hannah", "Fatima", "Erin", "Lily", "Grace", "Jade", "Nadia", "Sophie", "Ellie"
  };
  private static final String[] BOYS = {
    "Oliver", "Jack", "Harry", "Noah", "Leo", "Mohammed", "Ethan", "Kai", "Tyler", "Reece",
    "Jayden", "Ryan", "Callum", "Adam", "Daniel", "Kieran", "Samuel", "Omar", "Liam", "Dylan"
  };
  private static final String[] SURNAMES = {
    "Smith", "Khan", "Jones", "Williams", "Brown", "Hussain", "Taylor", "Wilson", "Davies",
    "Evans", "Thomas", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Ali",
    "Edwards", "Green", "Hall", "Wood", "Clarke", "Mensah", "Nowak", "Kowalski", "Begum",
    "Campbell", "Murphy", "Lewis"
  };
  private static final String[] STREETS = {
    "Canal Street", "Mill Lane", "Station Road", "Victoria Terrace", "Harbour View",
    "Orchard Close", "Queens Road", "Weaver Court", "Foundry Walk", "Elm Grove"
  };
  private static final String[] SCHOOLS = {
    "Riverside Academy",
    "Riverside Academy",
    "Riverside Academy",
    "Northbridge High School",
    "St Anne's Primary School",
    "Millbrook Primary School",
    "Northbridge College",
    "Oakfield Pupil Referral Unit"
  };
  private static final String[] NICKNAMES = {
    "Jay", "Mimi", "Bex", "Lil", "Kez", "Tee", "Bubbles", "Ace"
  };

  static List<ChildDetails> generate(LocalDate today) {
    Random random = new Random(20261125L);
    Ethnicity[] ethnicities = Ethnicity.values();
    CareStatus[] care = CareStatus.values();
    List<ChildDetails> children = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      boolean girl = random.nextInt(100) < 58;
      Sex sex = i % 23 == 22 ? Sex.NOT_KNOWN : girl ? Sex.FEMALE : Sex.MALE;
      String first = girl ? GIRLS[random.nextInt(GIRLS.length)] : BOYS[random.nextInt(BOYS.length)];
      String last = SURNAMES[random.nextInt(SURNAMES.length)];
      int age = 8 + random.nextInt(10);
      LocalDate dob = today.minusYears(age).minusDays(1 + random.nextInt(360));
      boolean ageOnly = i % 17 == 5;
      String nickname = i % 6 == 0 ? NICKNAMES[random.nextInt(NICKNAMES.length)] : null;
      Ethnicity ethnicity =
          random.nextInt(100) < 55
              ? Ethnicity.WHITE_BRITISH
              : ethnicities[random.nextInt(ethnicities.length)];
      Disability disability =
          random.nextInt(100) < 22
              ? Disability.YES
              : random.nextInt(100) < 85 ? Disability.NO : Disability.NOT_KNOWN;
      CareStatus careStatus =
          random.nextInt(100) < 30 ? CareStatus.LOOKED_AFTER : care[random.nextInt(care.length)];
      if (age < 16 && careStatus == CareStatus.CARE_LEAVER) {
        careStatus = CareStatus.CHILD_IN_NEED;
      }
      int house = 1 + random.nextInt(120);
      String street = STREETS[random.nextInt(STREETS.length)];
      String postcode =
          String.format(
              "NB%d %d%c%c",
              1 + random.nextInt(9),
              random.nextInt(10),
              (char) ('A' + random.nextInt(26)),
              (char) ('A' + random.nextInt(26)));
      String school =
          age < 11 ? SCHOOLS[4 + random.nextInt(2)] : SCHOOLS[random.nextInt(SCHOOLS.length)];
      if (age < 11 && school.contains("College")) {
        school = SCHOOLS[4];
      }
      children.add(
          new ChildDetails(
              first,
              last,
              nickname,
              ageOnly ? null : dob,
              ageOnly ? age : null,
              sex,
              null,
              ethnicity,
              disability,
              disability == Disability.YES
                  ? "Autistic; prefers written information and a quiet room"
                  : null,
              careStatus,
              house + " " + street + ", Northbridge",
              postcode,
              school));
    }
    return children;
  }

  /** Which child a second agency also recorded, so the possible-duplicates queue has work. */
  static final int RECORDED_TWICE = 10;

  /**
   * The same child as another agency recorded them: a shortened first name, the surname with two
   * letters swapped, no address, and only what a school nurse would know.
   */
  static ChildDetails secondRecordOf(ChildDetails d) {
    String first = d.firstName().length() > 4 ? d.firstName().substring(0, 3) : d.firstName();
    String last = d.lastName();
    if (last.length() > 3) {
      last = last.substring(0, 1) + last.charAt(2) + last.charAt(1) + last.substring(3);
    }
    return new ChildDetails(
        first,
        last,
        null,
        d.dateOfBirth(),
        d.approximateAge(),
        d.sex(),
        null,
        null,
        null,
        null,
        null,
        null,
        d.postcode(),
        d.school());
  }

  private DemoChildren() {}
}
