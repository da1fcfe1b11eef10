package uk.harbour.tools.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import uk.harbour.cases.CaseStatus;
import uk.harbour.people.CareStatus;
import uk.harbour.people.ChildDetails;
import uk.harbour.people.Disability;
import uk.harbour.people.Ethnicity;
import uk.harbour.people.Sex;

/**
 * Decides what each generated young person and their case look like: a synthetic name, age 10 to
 * 17, school and care status; most cases open, about one in ten stepped down and one in five
 * closed, opened over the last three years, with a chronology of about the average length.
 */
final class Cohort {

  private static final String[] FIRST = {
    "Aaliyah", "Ben", "Chloe", "Dylan", "Ella", "Finley", "Grace", "Harry", "Isla", "Jayden",
    "Keira", "Leo", "Maya", "Noah", "Olivia", "Priya", "Reece", "Sofia", "Tyler", "Zara", "Amir",
    "Bethan", "Callum", "Demi", "Ewan", "Freya", "Gethin", "Hollie", "Imran", "Jade"
  };
  private static final String[] LAST = {
    "Adeyemi",
    "Brennan",
    "Chowdhury",
    "Davies",
    "Evans",
    "Fitzgerald",
    "Green",
    "Hussain",
    "Ivanova",
    "Jackson",
    "Khan",
    "Lewis",
    "Morris",
    "Nowak",
    "Okoro",
    "Patel",
    "Quinn",
    "Roberts",
    "Sharma",
    "Thomas",
    "Usman",
    "Vaughan",
    "Williams",
    "Yilmaz"
  };

  static final String STEPPED_DOWN_REASON =
      "Stepped down to early help: the adult involved has been charged and she feels settled at"
          + " school.";
  static final String CLOSED_REASON =
      "Support goals met: safe at home, back in school, and the people causing harm are no longer"
          + " in contact.";

  private final Random random;
  private final Instant now;
  private final LocalDate today;
  private final int[] chronologyCounts;

  Cohort(Random random, Instant now, int children, long chronology) {
    this.random = random;
    this.now = now;
    this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    this.chronologyCounts = spread(children, chronology, random);
  }

  ChildDetails child(int i, int area) {
    Sex sex = random.nextInt(3) == 0 ? Sex.MALE : Sex.FEMALE;
    boolean disabled = random.nextInt(6) == 0;
    return new ChildDetails(
        FIRST[random.nextInt(FIRST.length)],
        LAST[random.nextInt(LAST.length)],
        random.nextInt(5) == 0 ? "Synth" + i : null,
        today.minusYears(10 + random.nextInt(8)).minusDays(random.nextInt(365)),
        null,
        sex,
        null,
        Ethnicity.values()[random.nextInt(Ethnicity.values().length)],
        disabled ? Disability.YES : Disability.NO,
        null,
        random.nextInt(5) == 0 ? CareStatus.LOOKED_AFTER : careStatus(),
        null,
        null,
        StaffPool.AREAS[area] + " Academy " + (1 + random.nextInt(12)));
  }

  /** Where the case has got to: open for most, stepped down or closed for some. */
  CaseStatus status() {
    int r = random.nextInt(100);
    return r < 72 ? CaseStatus.OPEN : r < 82 ? CaseStatus.STEPPED_DOWN : CaseStatus.CLOSED;
  }

  /** When the case opened: open ones over the last two years, the others up to three. */
  Instant openedAt(CaseStatus status) {
    int days = status == CaseStatus.OPEN ? 7 + random.nextInt(720) : 120 + random.nextInt(975);
    return now.minus(Duration.ofDays(days)).minusSeconds(random.nextInt(86_400));
  }

  /** When a stepped-down or closed case changed status: after it opened, before today. */
  Instant changedAt(Instant opened) {
    long lived = Duration.between(opened, now).toDays();
    return opened.plus(Duration.ofDays(60 + random.nextLong(Math.max(1, lived - 60))));
  }

  LocalDate followUp(Instant closed) {
    return random.nextBoolean() ? LocalDate.ofInstant(closed, ZoneOffset.UTC).plusMonths(3) : null;
  }

  int chronologyEntries(int i) {
    return chronologyCounts[i];
  }

  boolean chance(double share) {
    return random.nextDouble() < share;
  }

  Random random() {
    return random;
  }

  private CareStatus careStatus() {
    CareStatus[] common = {
      CareStatus.NO_STATUTORY_INVOLVEMENT,
      CareStatus.CHILD_IN_NEED,
      CareStatus.CHILD_PROTECTION_PLAN
    };
    return common[random.nextInt(common.length)];
  }

  /**
   * Entries per case that add up to exactly {@code total}, each at least 2 (opening and
   * allocation), varying from about half to one and a half times the average.
   */
  static int[] spread(int cases, long total, Random random) {
    int[] counts = new int[cases];
    long base = total / cases;
    long extra = total % cases;
    for (int i = 0; i < cases; i++) {
      counts[i] = (int) (base + (i < extra ? 1 : 0));
    }
    for (int i = 0; i + 1 < cases; i += 2) {
      int room = Math.min(counts[i + 1] - 2, counts[i] / 2);
      if (room > 0) {
        int shift = random.nextInt(room + 1);
        counts[i] += shift;
        counts[i + 1] -= shift;
      }
    }
    return counts;
  }
}
