package uk.harbour.matching.entities;

import java.util.List;

/**
 * The index keys of a record (where it is filed) and of a mention (where to look), so a match reads
 * a few short lists instead of the register. Each key is a 64-bit hash tagged with its kind in the
 * top byte; a collision only adds a candidate that then scores low.
 *
 * <ul>
 *   <li>Phones by number; accounts by username skeleton (which covers the same username).
 *   <li>Plates by every run of three known characters, and of two for a mention with no run of
 *       three, so "KX1", "17A" or a transposed plate still meet the full plate.
 *   <li>People by each name they are known by (given name and nickname, by sound code and by
 *       nickname group) with the exact age, with the family name's sound, and by family name's
 *       sound with the age, by family name's sound with the given name's initial and by each name's
 *       sound with the family name's initial (so one misspelt name still meets). A mention looks up
 *       ages within five years either way and "no age". Only a mention with neither age nor family
 *       name looks up the name alone.
 *   <li>Places by postcode, by each word of the name and by house number with each street word.
 * </ul>
 */
final class Keys {

  static final int NO_AGE = -1;
  static final int AGE_SPREAD = 5;

  private static final long PHONE = 1;
  private static final long SKELETON = 2;
  private static final long PLATE3 = 3;
  private static final long PLATE2 = 4;
  private static final long NAME_AGE = 5;
  private static final long GROUP_AGE = 6;
  private static final long NAME_FAMILY = 7;
  private static final long GROUP_FAMILY = 8;
  private static final long FAMILY_AGE = 9;
  private static final long NAME_ONLY = 10;
  private static final long POSTCODE = 11;
  private static final long PLACE_WORD = 12;
  private static final long STREET = 13;
  private static final long FAMILY_INITIAL = 14;
  private static final long NAME_FAMILY_INITIAL = 15;

  private Keys() {}

  /** Where a register entry is filed. */
  static void index(Features f, LongList out) {
    keys(f, out, false);
  }

  /** Where to look for a mention's candidates. */
  static void query(Features f, LongList out) {
    keys(f, out, true);
  }

  private static void keys(Features f, LongList out, boolean query) {
    switch (f.type) {
      case PHONE -> {
        if (!f.phone.isEmpty()) {
          out.add(key(PHONE, f.phone));
        }
      }
      case ONLINE_ACCOUNT -> {
        if (!f.skeleton.isEmpty()) {
          out.add(key(SKELETON, f.skeleton));
        }
      }
      case VEHICLE -> plate(f.plate, out, query);
      case PERSON -> person(f, out, query);
      case PLACE -> place(f, out);
    }
  }

  private static void plate(String plate, LongList out, boolean query) {
    int before = out.size();
    runs(plate, 3, PLATE3, out);
    if (!query || out.size() == before) {
      runs(plate, 2, PLATE2, out);
    }
  }

  private static void runs(String plate, int n, long tag, LongList out) {
    outer:
    for (int i = 0; i + n <= plate.length(); i++) {
      for (int j = i; j < i + n; j++) {
        if (plate.charAt(j) == '?') {
          continue outer;
        }
      }
      out.add(key(tag, plate.substring(i, i + n)));
    }
  }

  private static void person(Features f, LongList out, boolean query) {
    boolean hasFamily = !f.family.isEmpty();
    int[] ages = query && f.age >= 0 ? spread(f.age) : new int[] {f.age};
    boolean byName = !query || f.age >= 0;
    for (int n = 0; n < 2; n++) {
      if ((n == 0 ? f.given : f.nick).isEmpty()) {
        continue;
      }
      int[] codes = n == 0 ? f.givenCodes : f.nickCodes;
      int[] groups = n == 0 ? f.givenGroups : f.nickGroups;
      for (int code : codes) {
        if (code == 0) {
          continue;
        }
        if (byName) {
          for (int age : ages) {
            out.add(key(NAME_AGE, code, age));
          }
        }
        if (!query || (f.age < 0 && !hasFamily)) {
          out.add(key(NAME_ONLY, code, 0));
        }
        familyKeys(f, NAME_FAMILY, code, out);
        if (!f.family.isEmpty()) {
          out.add(key(NAME_FAMILY_INITIAL, code, f.family.charAt(0)));
        }
      }
      for (int group : groups) {
        if (byName) {
          for (int age : ages) {
            out.add(key(GROUP_AGE, group, age));
          }
        }
        familyKeys(f, GROUP_FAMILY, group, out);
      }
    }
    if (hasFamily && !f.given.isEmpty()) {
      for (int code : f.familyCodes) {
        if (code != 0) {
          out.add(key(FAMILY_INITIAL, code, f.given.charAt(0)));
        }
      }
    }
    if (hasFamily && (!query || f.age >= 0)) {
      for (int code : f.familyCodes) {
        if (code != 0) {
          for (int age : ages) {
            out.add(key(FAMILY_AGE, code, age));
          }
        }
      }
    }
  }

  private static void familyKeys(Features f, long tag, int name, LongList out) {
    if (f.family.isEmpty()) {
      return;
    }
    for (int code : f.familyCodes) {
      if (code != 0) {
        out.add(key(tag, name, code));
      }
    }
  }

  private static int[] spread(int age) {
    int[] ages = new int[2 * AGE_SPREAD + 2];
    for (int i = 0; i <= 2 * AGE_SPREAD; i++) {
      ages[i] = age - AGE_SPREAD + i;
    }
    ages[ages.length - 1] = NO_AGE;
    return ages;
  }

  private static void place(Features f, LongList out) {
    if (!f.postcode.isEmpty()) {
      out.add(key(POSTCODE, f.postcode));
    }
    for (String word : f.nameWords) {
      out.add(key(PLACE_WORD, word));
    }
    List<String> names = f.addressNames();
    for (String number : f.addressNumbers) {
      for (String name : names) {
        out.add(key(STREET, number + " " + name));
      }
    }
  }

  static long key(long tag, String value) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < value.length(); i++) {
      h ^= value.charAt(i);
      h *= 0x100000001b3L;
    }
    return tag << 56 ^ (h & 0x00ff_ffff_ffff_ffffL);
  }

  static long key(long tag, int a, int b) {
    long h = (a * 0x9E3779B97F4A7C15L) ^ (b + 0x632BE59BD9B4E019L) * 0xC2B2AE3D27D4EB4FL;
    h ^= h >>> 29;
    return tag << 56 ^ (h & 0x00ff_ffff_ffff_ffffL);
  }
}
