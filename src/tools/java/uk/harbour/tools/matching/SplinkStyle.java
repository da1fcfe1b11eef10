package uk.harbour.tools.matching;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import uk.harbour.matching.batch.CsvWriting;

/**
 * Writes files in the shapes of Splink's demo data, with a {@code cluster} column for the truth:
 * {@code fake_1000} (unique_id, first_name, surname, dob, city, email, cluster; clusters of 1 to 7,
 * about a fifth of each field missing, typos, nicknames, swapped names and slipped dates) and
 * {@code historical_figures_with_errors} (unique_id, cluster, full_name, first_and_surname,
 * first_name, surname, dob, birth_place, postcode_fake, gender, occupation; clusters of 3 to 21,
 * heavy noise: alternative surnames, titles, places and postcodes, and many missing values).
 */
final class SplinkStyle {

  private static final String[] TLDS = {"com", "net", "org", "info"};
  private static final String[] ORDINALS = {"1st", "2nd", "3rd", "4th", "5th"};
  private static final String[] TITLES = {"baron", "earl", "viscount", "baronet", "lord"};

  private final HeldOutLists lists;
  private final SplittableRandom random;
  private final Noise noise;

  SplinkStyle(HeldOutLists lists, long seed) {
    this.lists = lists;
    this.random = new SplittableRandom(seed);
    this.noise = new Noise(random);
  }

  /** A fake_1000-shaped file of {@code clusters} people, 1 to 7 records each. */
  void writeFake(Path file, int clusters) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("unique_id,first_name,surname,dob,city,email,cluster\n");
      int id = 0;
      for (int c = 0; c < clusters; c++) {
        boolean female = random.nextBoolean();
        String first = lists.given(female, random);
        String last = lists.surname(random);
        int[] dob = {1940 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28)};
        String city = noise.chance(0.1) ? "" : capital(lists.place(random));
        String email = email(first, last);
        int size = 1 + random.nextInt(7);
        for (int k = 0; k < size; k++) {
          String f = first;
          String s = last;
          if (noise.chance(0.07) && lists.nickname(first, random) != null) {
            f = lists.nickname(first, random);
          }
          f = noise.chance(0.25) ? noise.misspell(f) : f;
          s = noise.chance(0.26) ? noise.misspell(s) : s;
          if (noise.chance(0.05)) {
            String t = f;
            f = s;
            s = t;
          }
          String[] row = {
            String.valueOf(id++),
            noise.chance(0.17) ? "" : capital(f),
            noise.chance(0.18) ? "" : capital(s),
            isoDate(noise.chance(0.35) ? slip(dob) : dob),
            city.isEmpty() || noise.chance(0.12)
                ? ""
                : noise.chance(0.25) ? noise.misspell(city) : city,
            noise.chance(0.2) ? "" : noise.chance(0.36) ? noise.misspell(email) : email,
            String.valueOf(c)
          };
          writeRow(w, row);
        }
      }
    }
  }

  /** A historical_figures_with_errors-shaped file of {@code clusters} people, 3 to 21 each. */
  void writeHistorical(Path file, int clusters) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(
          "unique_id,cluster,full_name,first_and_surname,first_name,surname,dob,birth_place,"
              + "postcode_fake,gender,occupation\n");
      for (int c = 0; c < clusters; c++) {
        writePerson(w, "Q" + (100_000 + c * 7 + random.nextInt(7)));
      }
    }
  }

  private void writePerson(BufferedWriter w, String cluster) throws IOException {
    boolean female = noise.chance(0.3);
    String first = lists.given(female, random);
    List<String> middles = new ArrayList<>();
    for (int m = random.nextInt(3); m > 0; m--) {
      middles.add(noise.chance(0.5) ? lists.given(female, random) : lists.surname(random));
    }
    String surname = lists.surname(random);
    String alternative = lists.surname(random);
    String place = lists.place(random);
    String title =
        noise.chance(0.15)
            ? ORDINALS[random.nextInt(ORDINALS.length)]
                + " "
                + TITLES[random.nextInt(TITLES.length)]
                + " "
                + alternative
            : null;
    int[] dob = {1500 + random.nextInt(460), 1 + random.nextInt(12), 1 + random.nextInt(28)};
    String postcode = postcode();
    String occupation = HeldOutLists.any(lists.occupations, random);
    int size = 3 + (int) Math.min(18, Math.floor(-Math.log(1 - random.nextDouble()) * 7));
    for (int k = 1; k <= size; k++) {
      String f = first;
      if (noise.chance(0.3) && lists.nickname(first, random) != null) {
        f = lists.nickname(first, random);
      } else if (noise.chance(0.3)) {
        f = noise.misspell(f);
      }
      String s = noise.chance(0.08) ? alternative : surname;
      s = noise.chance(0.09) ? noise.misspell(s) : s;
      StringBuilder full = new StringBuilder(f);
      for (String m : middles) {
        if (noise.chance(0.6)) {
          full.append(' ').append(m);
        }
      }
      full.append(' ').append(s);
      if (title != null && noise.chance(0.6)) {
        full.append(noise.chance(0.5) ? ", " : " ").append(title);
      } else if (noise.chance(0.1)) {
        full.append(" of ").append(place);
      }
      String[] row = {
        cluster + "-" + k,
        cluster,
        full.toString(),
        f + " " + s,
        f,
        noise.chance(0.09) ? "" : s,
        noise.chance(0.22) ? "" : isoDate(noise.chance(0.3) ? slip(dob) : dob),
        noise.chance(0.14) ? "" : birthPlace(place),
        noise.chance(0.22) ? "" : movedPostcode(postcode),
        noise.chance(0.22) ? "" : (female ^ noise.chance(0.04)) ? "female" : "male",
        noise.chance(0.43)
            ? ""
            : noise.chance(0.07) ? HeldOutLists.any(lists.occupations, random) : occupation
      };
      writeRow(w, row);
    }
  }

  private String birthPlace(String place) {
    int roll = random.nextInt(100);
    if (roll < 4) {
      return "west " + place;
    }
    if (roll < 8) {
      return place + ", city of";
    }
    if (roll < 11) {
      return noise.typo(place);
    }
    return place;
  }

  private String postcode() {
    return ""
        + (char) ('a' + random.nextInt(26))
        + (char) ('a' + random.nextInt(26))
        + (1 + random.nextInt(40))
        + " "
        + random.nextInt(10)
        + (char) ('a' + random.nextInt(26))
        + (char) ('a' + random.nextInt(26));
  }

  /** The same postcode, or one a character away, or another in the same district. */
  private String movedPostcode(String postcode) {
    int roll = random.nextInt(100);
    if (roll < 7) {
      return noise.typo(postcode);
    }
    if (roll < 20) {
      String district = postcode.substring(0, postcode.indexOf(' '));
      return district
          + " "
          + random.nextInt(10)
          + (char) ('a' + random.nextInt(26))
          + (char) ('a' + random.nextInt(26));
    }
    if (roll < 23) {
      return postcode();
    }
    return postcode;
  }

  private String email(String first, String last) {
    String user =
        switch (random.nextInt(4)) {
          case 0 -> first + "." + last;
          case 1 -> first.charAt(0) + "." + last;
          case 2 -> first + last.charAt(0);
          default -> first + last;
        };
    if (noise.chance(0.6)) {
      user += random.nextInt(100);
    }
    String domain =
        noise.chance(0.5)
            ? lists.surname(random)
            : lists.surname(random) + "-" + lists.surname(random);
    return user + "@" + domain + "." + TLDS[random.nextInt(TLDS.length)];
  }

  /** A date with one slip: a day or month off, day and month swapped, or the year off. */
  private int[] slip(int[] d) {
    int[] out = d.clone();
    switch (random.nextInt(5)) {
      case 0 -> out[2] = Math.max(1, Math.min(28, d[2] + (random.nextBoolean() ? 1 : -2)));
      case 1 -> out[1] = 1 + (d[1] % 12);
      case 2 -> {
        if (d[2] <= 12) {
          out[1] = d[2];
          out[2] = d[1];
        } else {
          out[2] = Math.max(1, d[2] - 10);
        }
      }
      case 3 -> out[0] = d[0] + (random.nextBoolean() ? 1 : -1);
      default -> out[0] = d[0] + (random.nextBoolean() ? 10 : -10);
    }
    return out;
  }

  private static String isoDate(int[] d) {
    return String.format(Locale.ROOT, "%04d-%02d-%02d", d[0], d[1], d[2]);
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static void writeRow(BufferedWriter w, String[] row) throws IOException {
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(CsvWriting.field(row[i]));
    }
    w.write('\n');
  }
}
