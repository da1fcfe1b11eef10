package uk.harbour.missing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Synthetic missing episodes for the issue 12 benchmarks, the same for the same seed. Missing
 * episodes are concentrated: a cohort of children (a sixth of those given) has all the episodes,
 * their counts falling away steeply (a few children have very many episodes, most one or two), over
 * the last three years, mostly in the evening and at night. Most are found somewhere; found
 * locations are drawn from a pool where a few places recur very often, so the cross-child
 * recurrence check meets hot spots as it would in a real area. Every returned episode has a return
 * interview: most held, declined or not held with a reason, some still open, and those past their
 * due time are overdue. Nothing here resembles a real child, address or person: addresses are "nn
 * Synthetic Row" in the fictional postcode area "NB".
 */
final class SyntheticEpisodes {

  /** One generated episode, its return interview (if it returned) and who the child was with. */
  record Episode(
      UUID id,
      UUID child,
      char kind,
      Instant leftAt,
      @Nullable Instant lastSeenAt,
      Instant startAt,
      @Nullable Instant returnedAt,
      String riskGrade,
      @Nullable String foundAddress,
      @Nullable String foundPostcode,
      @Nullable String howReturned,
      boolean harm,
      UUID recordedBy,
      String capacity,
      @Nullable String withDescription,
      @Nullable UUID withEntity,
      @Nullable Interview interview) {}

  /** A return interview row. */
  record Interview(
      Instant dueAt,
      @Nullable String outcome,
      @Nullable Instant offeredAt,
      @Nullable UUID interviewer,
      @Nullable String reason,
      @Nullable String consent) {}

  private static final Duration DUE = Duration.ofHours(72);
  private static final String[] GRADES = {"NO_APPARENT_RISK", "LOW", "MEDIUM", "HIGH"};
  private static final int[] GRADE_WEIGHTS = {20, 35, 35, 10};
  private static final String[] RETURNS = {
    "RETURNED_THEMSELVES", "FOUND_BY_POLICE", "FOUND_BY_CARER", "FOUND_BY_FAMILY", "FOUND_BY_OTHER"
  };
  private static final int[] RETURN_WEIGHTS = {45, 25, 15, 10, 5};
  private static final String[] CAPACITIES = {
    "KEY_WORKER", "CARERS_AGENCY", "POLICE", "SCREENING_TEAM"
  };
  private static final int[] CAPACITY_WEIGHTS = {35, 40, 20, 5};
  private static final String[] WITH = {
    "an adult man in a grey car",
    "two older teenagers",
    "a man in his twenties",
    "a group of older youths",
    "an adult woman",
    "an unknown adult"
  };

  private final Random random;
  private final Instant now;
  private final List<UUID> children;
  private final List<UUID> staff;
  private final List<UUID> entities;
  private final int locations;

  SyntheticEpisodes(
      long seed,
      Instant now,
      List<UUID> children,
      List<UUID> staff,
      List<UUID> entities,
      int locations) {
    if (children.isEmpty() || staff.isEmpty()) {
      throw new IllegalArgumentException("needs children and staff in the database");
    }
    this.random = new Random(seed);
    this.now = now;
    this.children = children;
    this.staff = staff;
    this.entities = entities;
    this.locations = Math.max(1, locations);
  }

  /**
   * Generates {@code total} episodes, child by child, each child's in order and never overlapping,
   * and hands each to {@code sink}.
   */
  void generate(int total, Consumer<Episode> sink) {
    int cohort = Math.max(1, Math.min(children.size(), Math.max(children.size() / 6, 1)));
    int[] counts = counts(total, cohort);
    List<UUID> shuffled = new ArrayList<>(children);
    java.util.Collections.shuffle(shuffled, random);
    for (int c = 0; c < cohort; c++) {
      if (counts[c] > 0) {
        child(shuffled.get(c), counts[c], sink);
      }
    }
  }

  /** Episode counts for the cohort, falling away steeply, summing to {@code total}. */
  static int[] counts(int total, int cohort) {
    double[] weight = new double[cohort];
    double sum = 0;
    for (int k = 0; k < cohort; k++) {
      weight[k] = 1 / Math.pow(k + 1, 0.75);
      sum += weight[k];
    }
    int[] counts = new int[cohort];
    int given = 0;
    for (int k = 0; k < cohort; k++) {
      counts[k] = Math.max(1, (int) Math.floor(total * weight[k] / sum));
      given += counts[k];
    }
    for (int k = 0; given < total; k = (k + 1) % cohort) {
      counts[k]++;
      given++;
    }
    for (int k = cohort - 1; given > total && k >= 0; k--) {
      if (counts[k] > 0) {
        counts[k]--;
        given--;
      }
    }
    return counts;
  }

  private void child(UUID child, int count, Consumer<Episode> sink) {
    long span = Duration.ofDays(3 * 365).toSeconds();
    long[] starts = new long[count];
    for (int i = 0; i < count; i++) {
      starts[i] = evening(now.getEpochSecond() - (long) (random.nextDouble() * span));
    }
    Arrays.sort(starts);
    for (int i = 0; i < count; i++) {
      long next = i + 1 < count ? starts[i + 1] : now.getEpochSecond();
      if (i > 0 && starts[i] == starts[i - 1] || next - starts[i] < 120) {
        continue;
      }
      sink.accept(episode(child, starts[i], next, i == count - 1));
    }
  }

  /**
   * Moves a time to the evening or night of its day (most episodes start between 17:00 and 2:00).
   */
  private long evening(long epochSecond) {
    long day = Math.floorDiv(epochSecond, 86_400L) * 86_400L;
    int hour = random.nextInt(10) < 8 ? 17 + random.nextInt(9) : random.nextInt(24);
    long t = day + hour * 3600L + random.nextInt(3600);
    return Math.min(t, now.getEpochSecond() - 60);
  }

  private Episode episode(UUID child, long start, long next, boolean last) {
    Instant startAt = Instant.ofEpochSecond(start);
    Instant lastSeen =
        random.nextInt(3) == 0 ? null : startAt.minusSeconds(60L * random.nextInt(120));
    long hours = Math.max(1, Math.round(Math.exp(2.1 + random.nextGaussian() * 1.1)));
    long end = Math.min(start + hours * 3600L, next - 60);
    boolean open = (last && random.nextInt(50) == 0) || end <= start || end >= now.getEpochSecond();
    Instant returnedAt = open ? null : Instant.ofEpochSecond(end);
    boolean found = returnedAt != null && random.nextInt(10) < 7;
    int location = zipf(locations, 0.9);
    UUID recorder = staff.get(random.nextInt(staff.size()));
    String withDescription = random.nextInt(4) == 0 ? WITH[random.nextInt(WITH.length)] : null;
    UUID withEntity =
        !entities.isEmpty() && random.nextInt(10) == 0
            ? entities.get(zipf(entities.size(), 0.8))
            : null;
    return new Episode(
        UUID.randomUUID(),
        child,
        random.nextInt(100) < 85 ? 'M' : 'A',
        startAt,
        lastSeen,
        startAt,
        returnedAt,
        pick(GRADES, GRADE_WEIGHTS),
        found ? (location % 97 + 1) + " Synthetic Row" : null,
        found ? "NB" + (location % 9 + 1) + " " + (location / 97 % 10) + letters(location) : null,
        returnedAt == null ? null : pick(RETURNS, RETURN_WEIGHTS),
        random.nextInt(10) == 0,
        recorder,
        pick(CAPACITIES, CAPACITY_WEIGHTS),
        withDescription,
        withEntity,
        returnedAt == null ? null : interview(returnedAt, recorder));
  }

  private Interview interview(Instant returnedAt, UUID recorder) {
    Instant due = returnedAt.plus(DUE);
    Instant offered = returnedAt.plus(Duration.ofHours(6 + random.nextInt(40)));
    if (offered.isAfter(now)) {
      return new Interview(due, null, null, null, null, null);
    }
    boolean recent = due.isAfter(now.minus(Duration.ofDays(90)));
    int roll = random.nextInt(100);
    int overdue = recent ? 15 : 2;
    UUID interviewer = staff.get(random.nextInt(staff.size()));
    if (roll < overdue || due.isAfter(now) && roll < 60) {
      return new Interview(due, null, offered, interviewer, null, null);
    }
    if (roll < 70) {
      String consent = random.nextInt(3) == 0 ? "NO" : random.nextBoolean() ? "YES" : "SOME";
      return new Interview(due, "HELD", offered, interviewer, null, consent);
    }
    if (roll < 88) {
      return new Interview(due, "DECLINED", offered, interviewer, null, null);
    }
    return new Interview(
        due,
        "NOT_HELD",
        offered,
        interviewer,
        "The young person moved placement before it could be held",
        null);
  }

  private static String letters(int n) {
    return "" + (char) ('A' + n % 26) + (char) ('A' + n / 26 % 26);
  }

  private String pick(String[] values, int[] weights) {
    int total = Arrays.stream(weights).sum();
    int roll = random.nextInt(total);
    for (int i = 0; i < values.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  /** An index below {@code n}, low indexes much more likely (a Zipf-like draw). */
  private int zipf(int n, double exponent) {
    double u = random.nextDouble();
    double x = Math.pow(n, 1 - exponent) * u;
    int k = (int) Math.floor(Math.pow(x, 1 / (1 - exponent)));
    return Math.min(n - 1, Math.max(0, k));
  }
}
