package uk.harbour.tools.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.UUID;
import uk.harbour.audit.BackfillEvent;

/**
 * A year of synthetic activity for the audit trail, oldest first: practitioners signing in and out,
 * viewing the cases, chronologies, plans and records of the young people they work with, listing
 * and searching, making changes, exporting, and now and then being refused a record that is not
 * theirs. Each event names a real generated account, its agency and roles, and a generated record
 * it may see.
 */
final class AuditHistory implements Iterator<BackfillEvent> {

  private static final String[] ADDRESSES = {"192.0.2.", "198.51.100.", "203.0.113."};

  private final World world;
  private final int[] active;
  private final long total;
  private final Instant from;
  private final long spanMicros;
  private final SplittableRandom random;
  private long made;

  AuditHistory(World world, long total, Instant until, long seed) {
    this.world = world;
    this.active =
        java.util.stream.IntStream.range(0, world.userCount())
            .filter(u -> !world.visibleTo(u).isEmpty())
            .toArray();
    this.total = active.length == 0 ? 0 : total;
    this.from = until.minus(Duration.ofDays(365));
    this.spanMicros = Duration.between(from, until).toNanos() / 1000;
    this.random = new SplittableRandom(seed);
  }

  @Override
  public boolean hasNext() {
    return made < total;
  }

  @Override
  public BackfillEvent next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Instant at = from.plusNanos((long) ((double) made / total * spanMicros) * 1000);
    made++;
    int u = active[random.nextInt(active.length)];
    Staff.Member user = world.user(u);
    List<Integer> theirs = world.visibleTo(u);
    int c = theirs.get(random.nextInt(theirs.size()));
    int roll = random.nextInt(100);
    String action = "VIEW";
    String type = "case";
    String record = world.caseId(c).toString();
    String outcome = "SUCCEEDED";
    String detail = null;
    UUID about = world.childId(c);
    if (roll < 30) {
      // the case home page
    } else if (roll < 42) {
      detail = "chronology, entries " + (5 + random.nextInt(30));
    } else if (roll < 50) {
      detail = "plan";
    } else if (roll < 53) {
      detail = "voice";
    } else if (roll < 68) {
      type = "child";
      record = world.childId(c).toString();
    } else if (roll < 72) {
      type = "child";
      record = null;
      about = null;
      detail = "my children, results " + theirs.size();
    } else if (roll < 75) {
      action = "SEARCH";
      type = "child";
      record = null;
      about = null;
      detail = "page 1, results " + random.nextInt(12);
    } else if (roll < 82) {
      action = "LOGIN";
      type = "user";
      about = null;
      record = user.id().toString();
    } else if (roll < 85) {
      action = "LOGOUT";
      type = "user";
      about = null;
      record = user.id().toString();
    } else if (roll < 93) {
      action = "CHANGE";
      detail = random.nextBoolean() ? "chronology entry added" : "plan action updated";
    } else if (roll < 96) {
      action = "CREATE";
      detail = "voice entry";
    } else if (roll < 98) {
      action = "EXPORT";
      detail = "chronology PDF";
    } else {
      action = "ACCESS_DENIED";
      type = "child";
      about = world.childId(random.nextInt(world.caseCount()));
      record = about.toString();
      outcome = "DENIED";
      detail = "VIEW";
    }
    long day = Duration.between(from, at).toDays();
    return new BackfillEvent(
        timeOrdered(at),
        at,
        user.id().value(),
        user.username(),
        user.agencyId(),
        user.agencyName(),
        user.roles(),
        action,
        type,
        record,
        outcome,
        ADDRESSES[u % ADDRESSES.length] + (1 + u % 250),
        sessionRef(u, day),
        null,
        detail,
        about);
  }

  /** A version 7 style UUID: time first, so ids of later events sort later. */
  private UUID timeOrdered(Instant at) {
    long msb = (at.toEpochMilli() << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
    long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }

  /** 64 hex digits standing for one account's session on one day. */
  private static String sessionRef(int user, long day) {
    long a = mix(user * 31L + day);
    long b = mix(a);
    long c = mix(b);
    long d = mix(c);
    return String.format("%016x%016x%016x%016x", a, b, c, d);
  }

  private static long mix(long z) {
    z = (z + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
