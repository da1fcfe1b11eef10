package uk.harbour.tools.entities;

import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import uk.harbour.matching.entities.EntityRecord;

/**
 * A partner's mention of a register entry, with the errors real submissions have: people by full
 * name, first name, nickname or first name and nickname, names misspelt or written as a variant,
 * ages guessed a few years out or missing; plates with spaces, in lower case, with characters
 * unseen ('?', '*' or '_') or only part seen; makes and colours written another way or left out;
 * phone numbers in every format; usernames in another case, with '@', with look-alike digits or
 * punctuation changed; addresses abbreviated and reordered, postcodes spaced or missing, place
 * names shortened.
 *
 * <p>With {@code heldOut} it also makes errors the matcher does not model one for one: two
 * neighbouring plate characters swapped, a phone number with a digit missing, a username with a
 * suffix added, and a given name with two slips. With {@code heldOut} 2 it makes instead the second
 * round's errors ({@link RoundTwoErrors}).
 */
final class MentionMaker {

  private static final Map<String, String[]> VARIANTS =
      Map.ofEntries(
          Map.entry("mohammed", new String[] {"Muhammad", "Mohamed", "Mohammad", "Mo"}),
          Map.entry("daniel", new String[] {"Danny", "Dan"}),
          Map.entry("michael", new String[] {"Mike", "Mikey", "Mick"}),
          Map.entry("christopher", new String[] {"Chris"}),
          Map.entry("anthony", new String[] {"Tony", "Ant"}),
          Map.entry("matthew", new String[] {"Matt"}),
          Map.entry("steven", new String[] {"Steve", "Stevie"}),
          Map.entry("robert", new String[] {"Rob", "Bobby"}),
          Map.entry("andrew", new String[] {"Andy"}),
          Map.entry("james", new String[] {"Jim", "Jimmy"}),
          Map.entry("dean", new String[] {"Deano", "Dino"}),
          Map.entry("sean", new String[] {"Shaun"}),
          Map.entry("rebecca", new String[] {"Becky"}),
          Map.entry("samantha", new String[] {"Sam"}),
          Map.entry("joseph", new String[] {"Joe"}),
          Map.entry("william", new String[] {"Will", "Billy"}));

  private static final String UNSEEN = "?*_";

  private final SplittableRandom random;
  private final boolean heldOut;
  private final boolean roundTwo;
  private final RoundTwoErrors second;

  /** {@code heldOut}: 0 none, 1 the first round's held-out errors, 2 the second round's. */
  MentionMaker(SplittableRandom random, int heldOut) {
    this.random = random;
    this.heldOut = heldOut == 1;
    this.roundTwo = heldOut == 2;
    // Only the second round draws from its own stream, so the data of other runs stay as they were.
    this.second = new RoundTwoErrors(roundTwo ? random.split() : new SplittableRandom(0));
  }

  EntityRecord mention(EntityRecord r, String id) {
    return switch (r.type()) {
      case PERSON -> person(r, id);
      case VEHICLE -> vehicle(r, id);
      case PHONE -> EntityRecord.phone(id, phone(r.phone()));
      case ONLINE_ACCOUNT -> account(r, id);
      case PLACE -> place(r, id);
    };
  }

  private EntityRecord person(EntityRecord r, String id) {
    String[] words = r.name() == null ? new String[0] : r.name().split(" ");
    String given = words.length > 0 ? words[0] : null;
    String family = words.length > 1 ? words[words.length - 1] : null;
    String nickname = r.nickname();
    if (given != null && chance(15)) {
      String[] variants = VARIANTS.get(given.toLowerCase(Locale.ROOT));
      given = variants != null ? variants[random.nextInt(variants.length)] : given;
    }
    if (given != null && chance(15)) {
      given = typo(given);
    }
    if (heldOut && given != null && chance(8)) {
      given = typo(typo(given));
    }
    if (family != null && chance(15)) {
      family = typo(family);
    }
    if (nickname != null && chance(30)) {
      nickname = nickname.startsWith("Big ") ? nickname.substring(4) : "Big " + nickname;
    }
    if (roundTwo && nickname != null && second.chance(25)) {
      nickname = second.nickname(nickname);
    }
    if (roundTwo && family != null && second.chance(25)) {
      family = RoundTwoErrors.singleLetter(family);
    }
    String name;
    String nick = null;
    int form = random.nextInt(10);
    if (form < 4 && family != null) {
      name = given + " " + family;
    } else if (form < 6 && nickname != null) {
      name = given;
      nick = nickname;
    } else if (form < 8 && nickname != null) {
      name = null;
      nick = nickname;
    } else {
      name = family != null && chance(60) ? given + " " + family : given;
      nick = chance(30) ? nickname : null;
    }
    Integer age = r.approxAge();
    if (age != null) {
      age = chance(25) ? null : age + random.nextInt(7) - 3;
    } else if (chance(50)) {
      age = 18 + random.nextInt(40);
    }
    if (roundTwo && name != null && second.chance(15)) {
      name = second.titled(given, name.contains(" ") ? family : null);
    }
    if (chance(20) && name != null) {
      name = name.toLowerCase(Locale.ROOT);
    }
    return EntityRecord.person(id, name, nick, age);
  }

  private EntityRecord vehicle(EntityRecord r, String id) {
    String plate = r.plate();
    if (plate != null && !plate.contains("?")) {
      int form = random.nextInt(10);
      if (form < 3) {
        char[] c = plate.toCharArray();
        int unseen = 1 + random.nextInt(2);
        for (int i = 0; i < unseen; i++) {
          c[random.nextInt(c.length)] = UNSEEN.charAt(random.nextInt(UNSEEN.length()));
        }
        plate = new String(c);
      } else if (form < 5) {
        int length = 4 + random.nextInt(3);
        plate = chance(70) ? plate.substring(0, length) : plate.substring(plate.length() - length);
      } else if (heldOut && form < 6) {
        int at = random.nextInt(plate.length() - 1);
        char[] c = plate.toCharArray();
        char t = c[at];
        c[at] = c[at + 1];
        c[at + 1] = t;
        plate = new String(c);
      } else if (roundTwo && form < 7) {
        plate = second.plate(plate);
      }
    }
    if (plate != null && chance(50) && plate.length() == 7) {
      plate = plate.substring(0, 4) + " " + plate.substring(4);
    }
    if (plate != null && chance(20)) {
      plate = plate.toLowerCase(Locale.ROOT);
    }
    String make = chance(25) ? null : r.make();
    if (make != null && chance(20)) {
      make =
          switch (make) {
            case "Volkswagen" -> "VW";
            case "Mercedes" -> "Merc";
            case "Landrover" -> "Range Rover";
            default -> make.toUpperCase(Locale.ROOT);
          };
    }
    if (roundTwo && make != null && make.equals(r.make()) && second.chance(25)) {
      make = second.model(make);
    }
    String colour = chance(30) ? null : r.colour();
    if ("silver".equals(colour) && chance(40)) {
      colour = "grey";
    } else if (colour != null && chance(10)) {
      colour = "dark " + colour;
    }
    return EntityRecord.vehicle(id, plate, make, colour);
  }

  String phone(String national) {
    String n = national;
    if (heldOut && chance(10)) {
      int at = 1 + random.nextInt(n.length() - 1);
      n = n.substring(0, at) + n.substring(at + 1);
    }
    String rest = n.substring(1);
    String written =
        switch (random.nextInt(7)) {
          case 0 -> n;
          case 1 -> n.substring(0, 5) + " " + n.substring(5);
          case 2 -> "+44 " + rest;
          case 3 -> "+44 (0)" + rest.substring(0, 4) + "-" + rest.substring(4);
          case 4 -> "0044 " + rest.substring(0, 4) + " " + rest.substring(4);
          case 5 -> rest;
          default -> n.substring(0, 5) + "-" + n.substring(5, 8) + "-" + n.substring(8);
        };
    return roundTwo && second.chance(20) ? second.phone(written) : written;
  }

  private EntityRecord account(EntityRecord r, String id) {
    String user = r.username();
    if (chance(30)) {
      user = user.toUpperCase(Locale.ROOT).charAt(0) + user.substring(1);
    }
    if (chance(30)) {
      user = "@" + user;
    }
    if (chance(15)) {
      user = user.replace('o', '0').replace('e', '3');
    } else if (chance(15)) {
      user = user.contains("_") ? user.replace("_", "") : user.replace(".", "_");
    }
    if (heldOut && chance(10)) {
      user = user + (1 + random.nextInt(9));
    }
    if (chance(10)) {
      user = " " + user + " ";
    }
    if (roundTwo && second.chance(20)) {
      user = second.profile(user, r.platform());
    }
    String platform = chance(20) ? null : r.platform();
    if (platform != null && chance(20)) {
      platform =
          switch (platform) {
            case "Instagram" -> "insta";
            case "Snapchat" -> "snap";
            case "Facebook" -> "FB";
            default -> platform.toLowerCase(Locale.ROOT);
          };
    }
    return EntityRecord.account(id, platform, user);
  }

  private EntityRecord place(EntityRecord r, String id) {
    String address = r.address();
    if (address != null && chance(50)) {
      address =
          address
              .replace(" Lane", " Ln")
              .replace(" Road", " Rd")
              .replace(" Street", " St")
              .replace(" Avenue", " Ave")
              .replace(" Close", " Cl")
              .replace(" Drive", " Dr")
              .replace(" Gardens", " Gdns")
              .replace(" Court", " Ct")
              .replace(" Terrace", " Ter")
              .replace(" Crescent", " Cres");
    }
    if (address != null && address.startsWith("Flat ") && chance(50)) {
      int comma = address.indexOf(", ");
      address = address.substring(comma + 2) + " flat " + address.substring(5, comma);
    } else if (address != null && address.contains(", ") && chance(40)) {
      address = address.substring(0, address.indexOf(", "));
    }
    String postcode = r.postcode();
    if (postcode != null && chance(25)) {
      postcode = null;
    } else if (postcode != null && chance(40)) {
      postcode = postcode.toLowerCase(Locale.ROOT).replace(" ", "");
    }
    String name = r.placeName();
    if (name != null && chance(25)) {
      name = name.substring(0, name.lastIndexOf(' '));
    } else if (name != null && chance(20)) {
      name = "The " + name.toLowerCase(Locale.ROOT);
    }
    if (name != null && address != null && chance(25)) {
      address = null;
    }
    String[] kindAndStreet =
        roundTwo ? RoundTwoErrors.kindAndStreet(r.placeName(), r.address()) : null;
    if (kindAndStreet != null && second.chance(15)) {
      return EntityRecord.place(id, kindAndStreet[0], kindAndStreet[1], null);
    }
    return EntityRecord.place(id, name, address, postcode);
  }

  /** One slip: a letter dropped, doubled, replaced by a random letter or swapped with the next. */
  String typo(String word) {
    if (word.length() < 3) {
      return word;
    }
    int at = 1 + random.nextInt(word.length() - 1);
    StringBuilder s = new StringBuilder(word);
    switch (random.nextInt(4)) {
      case 0 -> s.deleteCharAt(at);
      case 1 -> s.insert(at, word.charAt(at));
      case 2 -> s.setCharAt(at, (char) ('a' + random.nextInt(26)));
      default -> {
        int j = Math.min(word.length() - 1, at + 1);
        char t = s.charAt(j - 1);
        s.setCharAt(j - 1, s.charAt(j));
        s.setCharAt(j, t);
      }
    }
    return s.toString();
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }
}
