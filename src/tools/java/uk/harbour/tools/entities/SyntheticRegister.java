package uk.harbour.tools.entities;

import java.util.Locale;
import java.util.SplittableRandom;
import uk.harbour.matching.entities.EntityRecord;
import uk.harbour.matching.entities.EntityType;

/**
 * Made-up register entries from a seed: adults with common given names and surnames drawn with a
 * skew (so many share a name, as in life), invented nicknames and approximate ages; vehicles with
 * current-style plates, some known only in part; mobile-shaped numbers; usernames built from names
 * and nicknames; takeaways, hotels, parks, shops and flats with addresses and postcode-shaped
 * codes. Combinations are random, so no entry describes a real person or place.
 */
final class SyntheticRegister {

  private static final String LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY";

  private final SplittableRandom random;
  private int next;

  SyntheticRegister(SplittableRandom random) {
    this.random = random;
  }

  /** The next entry, its type drawn with the register's mix (people most common). */
  EntityRecord next(String prefix) {
    int roll = random.nextInt(100);
    EntityType type =
        roll < 40
            ? EntityType.PERSON
            : roll < 60
                ? EntityType.VEHICLE
                : roll < 75
                    ? EntityType.PHONE
                    : roll < 90 ? EntityType.ONLINE_ACCOUNT : EntityType.PLACE;
    return of(type, prefix + (next++));
  }

  EntityRecord of(EntityType type, String id) {
    return switch (type) {
      case PERSON -> person(id);
      case VEHICLE -> vehicle(id);
      case PHONE -> EntityRecord.phone(id, phone());
      case ONLINE_ACCOUNT -> account(id);
      case PLACE -> place(id);
    };
  }

  /** A skewed pick: early entries of a list are drawn far more often than late ones. */
  String skewed(String[] list) {
    double u = random.nextDouble();
    return list[(int) (list.length * Math.pow(u, 1.5))];
  }

  String pick(String[] list) {
    return list[random.nextInt(list.length)];
  }

  private EntityRecord person(String id) {
    String given = random.nextInt(100) < 80 ? skewed(Lists.MEN) : skewed(Lists.WOMEN);
    String family = random.nextInt(100) < 75 ? skewed(Lists.SURNAMES) : null;
    String nickname = random.nextInt(100) < 65 ? nickname(given) : null;
    Integer age = random.nextInt(100) < 90 ? 18 + random.nextInt(40) : null;
    String name = family == null ? title(given) : title(given) + " " + title(family);
    return EntityRecord.person(id, name, nickname, age);
  }

  /** A nickname: a diminutive of the given name, a "big" or "little" one, or a street name. */
  String nickname(String given) {
    String stem = stem(given);
    return switch (random.nextInt(6)) {
      case 0 -> title(stem + "o");
      case 1 -> title(stem.endsWith("y") ? stem : stem + "y");
      case 2 -> "Big " + title(stem);
      case 3 -> title(stem.substring(0, Math.min(2, stem.length())) + "z");
      case 4 -> "Lil " + title(given);
      default -> title(pick(Lists.STREET_NICKNAMES));
    };
  }

  /** The name up to the end of its first vowel run and one consonant after: "dean", "gar". */
  static String stem(String name) {
    int i = 0;
    while (i < name.length() && "aeiou".indexOf(name.charAt(i)) < 0) {
      i++;
    }
    while (i < name.length() && "aeiou".indexOf(name.charAt(i)) >= 0) {
      i++;
    }
    return name.substring(0, Math.min(name.length(), i + 1));
  }

  private EntityRecord vehicle(String id) {
    String plate = plate();
    if (random.nextInt(100) < 15) {
      char[] c = plate.toCharArray();
      c[2 + random.nextInt(5)] = '?';
      plate = new String(c);
    }
    String make = random.nextInt(100) < 90 ? skewed(Lists.MAKES) : null;
    String colour = random.nextInt(100) < 85 ? skewed(Lists.COLOURS) : null;
    return EntityRecord.vehicle(id, plate, make == null ? null : title(make), colour);
  }

  /** A current-style mark: two area letters, two age digits, three random letters. */
  String plate() {
    int age = random.nextBoolean() ? 2 + random.nextInt(23) : 51 + random.nextInt(24);
    return pick(Lists.AREAS)
        + String.format(Locale.ROOT, "%02d", age)
        + LETTERS.charAt(random.nextInt(LETTERS.length()))
        + LETTERS.charAt(random.nextInt(LETTERS.length()))
        + LETTERS.charAt(random.nextInt(LETTERS.length()));
  }

  /** A mobile-shaped national number, "07" and nine digits. */
  String phone() {
    return String.format(Locale.ROOT, "07%09d", random.nextInt(1_000_000_000));
  }

  private EntityRecord account(String id) {
    String platform = skewed(Lists.PLATFORMS);
    return EntityRecord.account(id, title(platform), username());
  }

  String username() {
    String given = random.nextInt(100) < 80 ? skewed(Lists.MEN) : skewed(Lists.WOMEN);
    String base =
        switch (random.nextInt(4)) {
          case 0 -> nickname(given).toLowerCase(Locale.ROOT).replace(" ", "");
          case 1 -> given + pick(new String[] {"", ".", "_"}) + skewed(Lists.SURNAMES);
          case 2 -> pick(Lists.STREET_NICKNAMES) + pick(new String[] {"", "_", "x"}) + given;
          default -> given.charAt(0) + skewed(Lists.SURNAMES);
        };
    base = base.replace("'", "");
    return switch (random.nextInt(3)) {
      case 0 -> base + (random.nextInt(99) + 1);
      case 1 -> base + "_" + (1960 + random.nextInt(50));
      default -> base + pick(new String[] {"x", "_official", "xx", "_uk", "", "247"});
    };
  }

  private EntityRecord place(String id) {
    String postcode = postcode();
    String street = title(pick(Lists.STREETS)) + " " + title(pick(Lists.STREET_TYPES));
    int number = 1 + random.nextInt(180);
    String[] kind = pick(Lists.PLACE_KINDS).split(":");
    if (random.nextInt(100) < 35) {
      String address = "Flat " + (1 + random.nextInt(30)) + ", " + number + " " + street;
      return EntityRecord.place(id, null, address, postcode);
    }
    String[] words = kind[1].split(",");
    String what = words[random.nextInt(words.length)];
    String name =
        kind[0].equals("park")
            ? title(pick(Lists.STREETS)) + " " + title(what)
            : title(pick(Lists.PLACE_WORDS)) + " " + title(what);
    String address = number + " " + street + ", " + title(pick(Lists.TOWNS));
    return EntityRecord.place(id, name, address, postcode);
  }

  /** A postcode-shaped code: area, district, sector and unit ("KX4 7TB"). */
  String postcode() {
    return pick(Lists.AREAS)
        + (1 + random.nextInt(30))
        + " "
        + random.nextInt(10)
        + LETTERS.charAt(random.nextInt(LETTERS.length()))
        + LETTERS.charAt(random.nextInt(LETTERS.length()));
  }

  static String title(String words) {
    StringBuilder out = new StringBuilder(words.length());
    boolean start = true;
    for (char c : words.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-' || c == '\'';
    }
    return out.toString();
  }
}
