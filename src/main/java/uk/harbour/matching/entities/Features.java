package uk.harbour.matching.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import uk.harbour.matching.TextMeasures;

/**
 * A record's fields worked out once for comparing and indexing: normalised names with their sound
 * codes and nickname groups, the normalised plate, phone, username and postcode, canonical make,
 * colour and platform, and the words of a place's name and address. Empty strings mean unknown.
 */
final class Features {

  private static final int[] NO_CODES = {0, 0};

  final EntityType type;
  String given = "";
  String family = "";
  String nick = "";

  /** The whole nickname normalised, words before the name included ("big mo"). */
  String nickWhole = "";

  int[] givenCodes = NO_CODES;
  int[] familyCodes = NO_CODES;
  int[] nickCodes = NO_CODES;
  int[] givenGroups = new int[0];
  int[] nickGroups = new int[0];
  int age = -1;
  String plate = "";
  boolean platePartial;
  int plateKnown;
  String make = "";
  String colour = "";
  String phone = "";
  String platform = "";
  String username = "";
  String skeleton = "";
  String postcode = "";
  String placeName = "";

  /** The place name's words run together ("goldenchicken"), for names written as one word. */
  String placeJoined = "";

  /** The place name's words, sorted. */
  String[] nameWordsSorted = new String[0];

  String[] nameWords = new String[0];
  String[] addressWords = new String[0];
  String[] addressNumbers = new String[0];

  private Features(EntityType type) {
    this.type = type;
  }

  static Features of(EntityRecord r) {
    Features f = new Features(r.type());
    switch (r.type()) {
      case PERSON -> f.person(r);
      case VEHICLE -> f.vehicle(r);
      case PHONE -> f.phone = Phones.normalise(or(r.phone())).orElse("");
      case ONLINE_ACCOUNT -> f.account(r);
      case PLACE -> f.place(r);
    }
    return f;
  }

  private void person(EntityRecord r) {
    List<String> words = withoutTitles(TextMeasures.name(or(r.name())));
    if (!words.isEmpty()) {
      given = words.get(0);
      if (words.size() > 1) {
        family = words.get(words.size() - 1);
      }
    }
    String nickname = nickSpelling(or(r.nickname()));
    List<String> nickWords = withoutPrefixes(nickname);
    if (!nickWords.isEmpty()) {
      nick = nickWords.get(0);
      nickWhole = nickname;
    }
    givenCodes = codes(given);
    familyCodes = codes(family);
    nickCodes = codes(nick);
    givenGroups = TextMeasures.nicknameGroups(given);
    nickGroups = TextMeasures.nicknameGroups(nick);
    Integer a = r.approxAge();
    age = a == null || a < 0 || a > 120 ? -1 : a;
  }

  private void vehicle(EntityRecord r) {
    Optional<String> p = Plates.normalise(or(r.plate()));
    if (p.isPresent()) {
      plate = p.get();
      platePartial = Plates.isPartial(plate);
      plateKnown = Plates.known(plate);
    }
    make = r.make() == null ? "" : Vocabulary.make(r.make());
    colour = r.colour() == null ? "" : Vocabulary.colour(r.colour());
  }

  private void account(EntityRecord r) {
    platform = r.platform() == null ? "" : Vocabulary.platform(r.platform());
    String[] profile = r.username() == null ? null : Usernames.profile(r.username());
    if (platform.isEmpty() && profile != null) {
      platform = Vocabulary.platform(profile[0]);
    }
    username = Usernames.fold(or(r.username())).orElse("");
    skeleton = username.isEmpty() ? "" : Usernames.skeleton(username);
  }

  private void place(EntityRecord r) {
    postcode = TextMeasures.text(or(r.postcode())).replace(" ", "");
    List<String> name = new ArrayList<>();
    for (String w : words(TextMeasures.name(or(r.placeName()).replace("'s", "")))) {
      if (!Vocabulary.nameNoise(w)) {
        name.add(w);
      }
    }
    nameWords = name.toArray(String[]::new);
    placeName = String.join(" ", name);
    placeJoined = String.join("", name);
    nameWordsSorted = name.stream().sorted().distinct().toArray(String[]::new);
    Set<String> address = new TreeSet<>();
    Set<String> numbers = new TreeSet<>();
    for (String w : words(TextMeasures.text(or(r.address())))) {
      String word = Vocabulary.streetWord(w);
      if (word.isEmpty()) {
        continue;
      }
      if (Character.isDigit(word.charAt(0))) {
        numbers.add(word);
      }
      address.add(word);
    }
    addressWords = address.toArray(String[]::new);
    addressNumbers = numbers.toArray(String[]::new);
  }

  boolean hasAddress() {
    return addressWords.length > 0;
  }

  /** The address words that name the street or building: not numbers, not "road" or "flat". */
  List<String> addressNames() {
    List<String> names = new ArrayList<>();
    for (String w : addressWords) {
      if (!Character.isDigit(w.charAt(0)) && !Vocabulary.streetType(w)) {
        names.add(w);
      }
    }
    return names;
  }

  /**
   * A nickname normalised with its spelling settled: quotes and a hyphen inside a word dropped
   * ("Dean-o" is "deano") and an ending "ie" written "y" ("Gazzie" is "gazzy").
   */
  static String nickSpelling(String raw) {
    String s = TextMeasures.name(raw.replaceAll("(?<=\\p{L})-(?=\\p{L})", ""));
    StringBuilder out = new StringBuilder();
    for (String w : words(s)) {
      if (w.length() >= 4 && w.endsWith("ie")) {
        w = w.substring(0, w.length() - 2) + "y";
      }
      out.append(out.isEmpty() ? "" : " ").append(w);
    }
    return out.toString();
  }

  /** The name's words without a title before them ("Mr Dean Walsh" is "dean walsh"). */
  private static List<String> withoutTitles(String normalised) {
    List<String> words = withoutPrefixes(normalised);
    while (words.size() > 1 && Vocabulary.title(words.get(0))) {
      words.remove(0);
    }
    return words;
  }

  private static List<String> withoutPrefixes(String normalised) {
    List<String> words = new ArrayList<>(Arrays.asList(words(normalised)));
    while (words.size() > 1 && Vocabulary.nicknamePrefix(words.get(0))) {
      words.remove(0);
    }
    return words;
  }

  static String[] words(String normalised) {
    return normalised.isEmpty() ? new String[0] : normalised.split(" ");
  }

  private static int[] codes(String name) {
    return name.isEmpty() ? NO_CODES : TextMeasures.phonetic(name);
  }

  private static String or(@Nullable String value) {
    return value == null ? "" : value;
  }
}
