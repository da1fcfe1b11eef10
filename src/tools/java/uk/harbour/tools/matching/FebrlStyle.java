package uk.harbour.tools.matching;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a FEBRL-shaped file: the same 11 columns, fields separated by a comma and a space, with or
 * without the header row, ids {@code rec-<N>-org} and {@code rec-<N>-dup-<k>}. Each duplicate is a
 * copy of its original with one to {@code maxEdits} of FEBRL's kinds of error: typos, look-alike
 * and sound-alike spellings, a nickname for the first name, first and family names swapped, missing
 * values, date slips (day and month swapped, a digit, the year), and changed digits in the street
 * number, postcode and identifier. Records are written in shuffled order.
 */
final class FebrlStyle {

  static final String[] COLUMNS = {
    "rec_id",
    "given_name",
    "surname",
    "street_number",
    "address_1",
    "address_2",
    "suburb",
    "postcode",
    "state",
    "date_of_birth",
    "soc_sec_id"
  };
  private static final String[] STATES = {"nsw", "vic", "qld", "wa", "sa", "tas", "act", "nt"};
  private static final int GIVEN = 1;
  private static final int SURNAME = 2;
  private static final int NUMBER = 3;
  private static final int ADDRESS_1 = 4;
  private static final int ADDRESS_2 = 5;
  private static final int SUBURB = 6;
  private static final int POSTCODE = 7;
  private static final int STATE = 8;
  private static final int DOB = 9;
  private static final int SSN = 10;

  /** How likely each field is to be the one an error goes into, in column order from 1. */
  private static final double[] FIELD_WEIGHTS = {
    0, 0.19, 0.19, 0.07, 0.2, 0.08, 0.1, 0.05, 0.02, 0.06, 0.04
  };

  private final HeldOutLists lists;
  private final SplittableRandom random;
  private final Noise noise;

  FebrlStyle(HeldOutLists lists, long seed) {
    this.lists = lists;
    this.random = new SplittableRandom(seed);
    this.noise = new Noise(random);
  }

  /**
   * Writes {@code originals} people, and {@code duplicates} further records of them, each original
   * getting at most {@code perOriginal} duplicates.
   */
  void write(
      Path file, boolean header, int originals, int duplicates, int perOriginal, int maxEdits)
      throws IOException {
    List<String[]> rows = new ArrayList<>();
    List<String[]> people = new ArrayList<>();
    for (int n = 0; n < originals; n++) {
      String[] p = original(n);
      people.add(p);
      rows.add(p);
    }
    int[] count = new int[originals];
    int left = duplicates;
    while (left > 0) {
      int n = random.nextInt(originals);
      int extra = Math.min(left, 1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * 1.2));
      extra = Math.min(extra, perOriginal - count[n]);
      for (int k = 0; k < extra; k++) {
        String[] d = duplicate(people.get(n), maxEdits);
        d[0] = "rec-" + n + "-dup-" + count[n]++;
        rows.add(d);
        left--;
      }
    }
    for (int i = rows.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String[] t = rows.get(i);
      rows.set(i, rows.get(j));
      rows.set(j, t);
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      if (header) {
        w.write(String.join(", ", COLUMNS));
        w.write('\n');
      }
      for (String[] r : rows) {
        w.write(String.join(", ", r));
        w.write('\n');
      }
    }
  }

  private String[] original(int n) {
    String[] r = new String[COLUMNS.length];
    r[0] = "rec-" + n + "-org";
    r[GIVEN] = noise.chance(0.02) ? "" : lists.given(random.nextBoolean(), random);
    r[SURNAME] = noise.chance(0.01) ? "" : lists.surname(random);
    r[NUMBER] =
        noise.chance(0.04) ? "" : String.valueOf(1 + (int) Math.pow(300, random.nextDouble()));
    r[ADDRESS_1] =
        noise.chance(0.02)
            ? ""
            : HeldOutLists.any(lists.streetNames, random)
                + " "
                + HeldOutLists.skewed(lists.streetKinds, random);
    r[ADDRESS_2] = noise.chance(0.12) ? "" : HeldOutLists.any(lists.localities, random);
    r[SUBURB] = noise.chance(0.01) ? "" : lists.place(random);
    r[POSTCODE] = noise.chance(0.01) ? "" : String.valueOf(2000 + random.nextInt(6000));
    r[STATE] =
        STATES[
            Math.min(
                STATES.length - 1, (int) Math.floor(-Math.log(1 - random.nextDouble()) * 1.6))];
    r[DOB] =
        noise.chance(0.03)
            ? ""
            : String.format(
                "%04d%02d%02d",
                1910 + random.nextInt(95), 1 + random.nextInt(12), 1 + random.nextInt(28));
    r[SSN] = String.valueOf(1_000_000 + random.nextInt(9_000_000));
    return r;
  }

  private String[] duplicate(String[] original, int maxEdits) {
    String[] d = original.clone();
    int edits = 1 + random.nextInt(maxEdits);
    for (int e = 0; e < edits; e++) {
      edit(d, field());
    }
    return d;
  }

  private int field() {
    double roll = random.nextDouble();
    for (int f = 1; f < FIELD_WEIGHTS.length; f++) {
      roll -= FIELD_WEIGHTS[f];
      if (roll <= 0) {
        return f;
      }
    }
    return GIVEN;
  }

  private void edit(String[] d, int f) {
    if (d[f].isEmpty() && f != GIVEN && f != SURNAME) {
      return;
    }
    if (noise.chance(0.12)) {
      d[f] = "";
      return;
    }
    switch (f) {
      case GIVEN -> {
        String nick = lists.nickname(d[f], random);
        if (nick != null && noise.chance(0.3)) {
          d[f] = nick;
        } else if (noise.chance(0.06) && !d[SURNAME].isEmpty()) {
          String t = d[GIVEN];
          d[GIVEN] = d[SURNAME];
          d[SURNAME] = t;
        } else {
          d[f] = noise.misspell(d[f]);
        }
      }
      case SURNAME, SUBURB, ADDRESS_2 -> d[f] = noise.misspell(d[f]);
      case ADDRESS_1 -> d[f] = street(d[f]);
      case NUMBER, POSTCODE, SSN -> d[f] = noise.digits(d[f]);
      case STATE -> d[f] = STATES[random.nextInt(STATES.length)];
      case DOB -> d[f] = date(d[f]);
      default -> d[f] = noise.typo(d[f]);
    }
  }

  private String street(String s) {
    int roll = random.nextInt(4);
    if (roll == 0) {
      return s.replace(" street", " st")
          .replace(" road", " rd")
          .replace(" avenue", " ave")
          .replace(" crescent", " cres")
          .replace(" place", " pl");
    }
    if (roll == 1) {
      return s.replaceFirst(" ", "");
    }
    return noise.misspell(s);
  }

  private String date(String yyyymmdd) {
    if (yyyymmdd.length() != 8) {
      return yyyymmdd;
    }
    String y = yyyymmdd.substring(0, 4);
    String m = yyyymmdd.substring(4, 6);
    String dd = yyyymmdd.substring(6);
    return switch (random.nextInt(5)) {
      case 0 -> Integer.parseInt(dd) <= 12 ? y + dd + m : y + m + noise.digits(dd);
      case 1 -> y + m + noise.digits(dd);
      case 2 -> y + noise.digits(m) + dd;
      case 3 -> String.valueOf(Integer.parseInt(y) + (random.nextBoolean() ? 1 : -1)) + m + dd;
      default -> noise.digits(y) + m + dd;
    };
  }
}
