package uk.harbour.tools.entities;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The second round of held-out errors ({@code --held-out 2}), all ones a careful officer would
 * still resolve to the same entity: a plate character read as its look-alike (O and 0, I and 1, S
 * and 5, B and 8, Z and 2); a car named by its model ("Golf") instead of its make; a nickname spelt
 * another way ("Dean-o", "Gazzie" for "Gazzy", in quotes); a surname with a double letter written
 * single; a name with a title or a middle initial, or the given name cut to its initial; a phone
 * number labelled ("mob: ...") or with the letter O written for a zero; a username given as its
 * profile address ("instagram.com/deano_99"); a place called by its kind and street ("the chicken
 * shop on Mill Lane"). None changes which entity it is: a different number or username is never
 * made.
 */
final class RoundTwoErrors {

  private static final Map<String, String[]> MODELS =
      Map.ofEntries(
          Map.entry("Volkswagen", new String[] {"Golf", "Polo", "Passat"}),
          Map.entry("Ford", new String[] {"Fiesta", "Focus", "Transit"}),
          Map.entry("Vauxhall", new String[] {"Corsa", "Astra", "Insignia"}),
          Map.entry("Bmw", new String[] {"1 Series", "3 Series", "X5"}),
          Map.entry("Audi", new String[] {"A3", "A4", "Q5"}),
          Map.entry("Mercedes", new String[] {"C Class", "A Class", "Sprinter"}),
          Map.entry("Toyota", new String[] {"Yaris", "Corolla", "Prius"}),
          Map.entry("Nissan", new String[] {"Qashqai", "Micra", "Juke"}),
          Map.entry("Peugeot", new String[] {"208", "308", "3008"}),
          Map.entry("Kia", new String[] {"Sportage", "Ceed", "Picanto"}),
          Map.entry("Seat", new String[] {"Leon", "Ibiza"}),
          Map.entry("Skoda", new String[] {"Octavia", "Fabia"}),
          Map.entry("Landrover", new String[] {"Discovery", "Defender", "Evoque"}));

  private static final String LOOK_ALIKES = "O0I1S5B8Z2";

  private final SplittableRandom random;

  RoundTwoErrors(SplittableRandom random) {
    this.random = random;
  }

  /** One character replaced by its look-alike, when the plate has one; else the plate as it was. */
  String plate(String plate) {
    int start = random.nextInt(plate.length());
    for (int k = 0; k < plate.length(); k++) {
      int at = (start + k) % plate.length();
      int i = LOOK_ALIKES.indexOf(plate.charAt(at));
      if (i >= 0) {
        char other = LOOK_ALIKES.charAt(i % 2 == 0 ? i + 1 : i - 1);
        return plate.substring(0, at) + other + plate.substring(at + 1);
      }
    }
    return plate;
  }

  /** A model of the make, or the make itself when no model is listed. */
  String model(String make) {
    String[] models = MODELS.get(make);
    return models == null ? make : models[random.nextInt(models.length)];
  }

  /** The nickname spelt another way: "Dean-o", "Gazzie" for "Gazzy" (and back), in quotes. */
  String nickname(String nickname) {
    String lower = nickname.toLowerCase(Locale.ROOT);
    int form = random.nextInt(3);
    if (form == 0 && nickname.length() >= 4 && !nickname.contains(" ")) {
      return nickname.substring(0, nickname.length() - 1) + "-" + lower.charAt(lower.length() - 1);
    }
    if (form == 1 && lower.endsWith("y") && nickname.length() >= 4) {
      return nickname.substring(0, nickname.length() - 1) + "ie";
    }
    if (form == 1 && lower.endsWith("ie") && nickname.length() >= 5) {
      return nickname.substring(0, nickname.length() - 2) + "y";
    }
    return "\"" + nickname + "\"";
  }

  /** A double letter written single ("Barrett" to "Barett"); unchanged when there is none. */
  static String singleLetter(String surname) {
    for (int i = 1; i < surname.length(); i++) {
      if (Character.toLowerCase(surname.charAt(i))
          == Character.toLowerCase(surname.charAt(i - 1))) {
        return surname.substring(0, i) + surname.substring(i + 1);
      }
    }
    return surname;
  }

  /** "Mr Dean Walsh", "Dean J Walsh" or "D. Walsh" (the last only when there is a surname). */
  String titled(String given, String family) {
    return switch (random.nextInt(3)) {
      case 0 -> "Mr " + given + (family == null ? "" : " " + family);
      case 1 ->
          family == null
              ? "Mr " + given
              : given + " " + (char) ('A' + random.nextInt(26)) + " " + family;
      default -> family == null ? "Mr " + given : given.charAt(0) + ". " + family;
    };
  }

  /** A number as written on a form: labelled, or with the letter O for a zero. */
  String phone(String written) {
    return switch (random.nextInt(3)) {
      case 0 -> "mob: " + written;
      case 1 -> "Tel " + written;
      default -> written.replace('0', 'O');
    };
  }

  /** A username as its profile address, where the platform has one; else unchanged. */
  String profile(String user, String platform) {
    String u = user.strip();
    String www = random.nextBoolean() ? "https://www." : "";
    return switch (platform.toLowerCase(Locale.ROOT)) {
      case "instagram" -> www + "instagram.com/" + u + (random.nextBoolean() ? "/" : "");
      case "tiktok" -> www + "tiktok.com/@" + (u.startsWith("@") ? u.substring(1) : u);
      case "snapchat" -> www + "snapchat.com/add/" + u;
      case "facebook" -> www + "facebook.com/" + u;
      case "x" -> www + "x.com/" + u;
      case "telegram" -> "t.me/" + u;
      default -> user;
    };
  }

  /**
   * A place by its kind and street, as "the chicken shop on Mill Lane": the kind (the name's last
   * word) for the name and the street without number or town for the address. Null when the place
   * has no name or no address.
   */
  static String[] kindAndStreet(String name, String address) {
    if (name == null || address == null || address.startsWith("Flat ")) {
      return null;
    }
    String kind = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    String street = address.contains(", ") ? address.substring(0, address.indexOf(", ")) : address;
    street = street.substring(street.indexOf(' ') + 1);
    boolean food = Set.of("chicken", "pizza", "kebab", "grill").contains(kind);
    return new String[] {"the " + kind + (food ? " shop" : ""), street};
  }

  boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }
}
