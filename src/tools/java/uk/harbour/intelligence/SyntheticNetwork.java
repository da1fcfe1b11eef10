package uk.harbour.intelligence;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;

/**
 * A synthetic intelligence network for the benchmarks, made from a seed: register entries of all
 * five kinds with clearly fictional details (names from an invented list, plates starting ZZ,
 * phones in Ofcom's drama range 07700 900xxx, postcodes in ZZ99), and links whose ends are drawn in
 * proportion to a Pareto weight per entry (alpha {@value #ALPHA}). Most entries then have a handful
 * of links and a few hubs have thousands, so the network's fan-out limit has to cut.
 */
final class SyntheticNetwork {

  static final double ALPHA = 1.6;

  private static final String[] FIRST = {
    "Arlo", "Bex", "Cal", "Dane", "Eli", "Finn", "Gus", "Hal", "Ira", "Jem", "Kai", "Lew", "Milo",
    "Ned", "Orrin", "Pax", "Quill", "Rex", "Sol", "Tate", "Ugo", "Vin", "Wyn", "Xan", "Yul", "Zev"
  };
  private static final String[] LAST = {
    "Examplewood",
    "Samplefield",
    "Fictonby",
    "Madeupton",
    "Testerley",
    "Placeholt",
    "Inventor",
    "Nonesuch",
    "Pretendon",
    "Imaginal",
    "Synthwell",
    "Mockridge"
  };
  private static final String[] NICK = {"Ace", "Blue", "Dex", "Kit", "Moz", "Taz", "Zed", "Sly"};
  private static final String[] MAKE = {"Audi", "BMW", "Ford", "Vauxhall", "Toyota", "Kia"};
  private static final String[] COLOUR = {"black", "white", "silver", "grey", "blue", "red"};
  private static final String[] PLATFORM = {"Snapchat", "Instagram", "TikTok", "Telegram"};
  private static final String[] PLACE = {
    "Example Park", "Sample Takeaway", "Fiction Hotel", "Madeup Flats", "Test Lane Garages"
  };

  /** The kinds in the proportions generated: people most, places least. */
  private static final EntityKind[] KINDS = {
    EntityKind.PERSON,
    EntityKind.PERSON,
    EntityKind.PERSON,
    EntityKind.PERSON,
    EntityKind.PERSON,
    EntityKind.PERSON,
    EntityKind.PERSON,
    EntityKind.PERSON,
    EntityKind.PHONE,
    EntityKind.PHONE,
    EntityKind.PHONE,
    EntityKind.PHONE,
    EntityKind.VEHICLE,
    EntityKind.VEHICLE,
    EntityKind.VEHICLE,
    EntityKind.ONLINE_ACCOUNT,
    EntityKind.ONLINE_ACCOUNT,
    EntityKind.ONLINE_ACCOUNT,
    EntityKind.PLACE,
    EntityKind.PLACE
  };

  private final long seed;
  private final UUID[] ids;
  private final EntityKind[] kinds;
  private final double[] cumulative;
  private final Instant now;

  SyntheticNetwork(long seed, int entities, Instant now) {
    this.seed = seed;
    this.now = now;
    Random random = new Random(seed);
    ids = new UUID[entities];
    kinds = new EntityKind[entities];
    cumulative = new double[entities];
    double total = 0;
    for (int i = 0; i < entities; i++) {
      ids[i] = uuid(random);
      kinds[i] = KINDS[random.nextInt(KINDS.length)];
      total += Math.pow(1 - random.nextDouble(), -1 / ALPHA);
      cumulative[i] = total;
    }
  }

  int size() {
    return ids.length;
  }

  UUID id(int i) {
    return ids[i];
  }

  EntityKind kind(int i) {
    return kinds[i];
  }

  /** An entry drawn in proportion to its weight: a link's end. */
  int pick(Random random) {
    double at = random.nextDouble() * cumulative[cumulative.length - 1];
    int found = Arrays.binarySearch(cumulative, at);
    return found >= 0 ? found : Math.min(-found - 1, cumulative.length - 1);
  }

  /** A version-4 UUID from the generator's random numbers, so a seed makes the same world. */
  static UUID uuid(Random random) {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }

  /** A moment in the last three years. */
  Instant within3Years(Random random) {
    return now.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
  }

  /**
   * Entry {@code i}'s row for {@code COPY intel_entity (id, kind, label, name, nickname,
   * approx_age, plate, make, colour, phone, platform, username, place_name, address, postcode,
   * created_at, created_by_name, version)}, in COPY's text format.
   */
  String entityRow(int i, String createdBy) {
    Random r = new Random(seed * 31 + i);
    String name = null;
    String nickname = null;
    Integer age = null;
    String plate = null;
    String make = null;
    String colour = null;
    String phone = null;
    String platform = null;
    String username = null;
    String placeName = null;
    String address = null;
    String postcode = null;
    switch (kinds[i]) {
      case PERSON -> {
        name = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
        nickname = r.nextInt(10) < 3 ? NICK[r.nextInt(NICK.length)] : null;
        age = r.nextInt(10) < 6 ? 17 + r.nextInt(45) : null;
      }
      case VEHICLE -> {
        plate = String.format("ZZ%02d %c%c%c", r.nextInt(100), letter(r), letter(r), letter(r));
        make = MAKE[r.nextInt(MAKE.length)];
        colour = COLOUR[r.nextInt(COLOUR.length)];
      }
      case PHONE -> phone = String.format("07700 900%03d", r.nextInt(1000));
      case ONLINE_ACCOUNT -> {
        platform = PLATFORM[r.nextInt(PLATFORM.length)];
        username = "synthetic_user_" + i;
      }
      case PLACE -> {
        placeName = PLACE[r.nextInt(PLACE.length)] + " " + (1 + r.nextInt(400));
        address = (1 + r.nextInt(200)) + " Example Street, Nowhere Town";
        postcode = "ZZ99 " + r.nextInt(10) + letter(r) + letter(r);
      }
    }
    String label =
        Labels.of(
            kinds[i], name, nickname, age, plate, make, colour, phone, platform, username,
            placeName, address, postcode);
    return CopyText.row(
        ids[i].toString(),
        kinds[i].name(),
        label,
        name,
        nickname,
        age == null ? null : age.toString(),
        plate,
        make,
        colour,
        phone,
        platform,
        username,
        placeName,
        address,
        postcode,
        within3Years(r).toString(),
        createdBy,
        "0");
  }

  private static char letter(Random r) {
    return (char) ('A' + r.nextInt(26));
  }
}
