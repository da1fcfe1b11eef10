package uk.harbour.matching.entities;

import java.util.Map;
import java.util.Set;
import uk.harbour.matching.TextMeasures;

/**
 * The small word lists entity resolution needs: makes, colours and platforms written several ways,
 * street words that are abbreviated, words that carry no meaning in a place's name, and the words
 * people put before a nickname ("Big Mo" is called Mo).
 */
final class Vocabulary {

  private Vocabulary() {}

  private static final Map<String, String> MAKES =
      Map.ofEntries(
          Map.entry("vw", "volkswagen"),
          Map.entry("volks", "volkswagen"),
          Map.entry("merc", "mercedes"),
          Map.entry("mercedesbenz", "mercedes"),
          Map.entry("benz", "mercedes"),
          Map.entry("beemer", "bmw"),
          Map.entry("landrover", "landrover"),
          Map.entry("rangerover", "landrover"),
          Map.entry("range", "landrover"),
          Map.entry("vauxhal", "vauxhall"),
          Map.entry("citroen", "citroen"),
          Map.entry("merceds", "mercedes"),
          Map.entry("chevy", "chevrolet"));

  private static final Map<String, String> COLOURS =
      Map.ofEntries(
          Map.entry("grey", "grey"),
          Map.entry("gray", "grey"),
          Map.entry("silver", "grey"),
          Map.entry("gunmetal", "grey"),
          Map.entry("charcoal", "grey"),
          Map.entry("black", "black"),
          Map.entry("white", "white"),
          Map.entry("cream", "white"),
          Map.entry("red", "red"),
          Map.entry("maroon", "red"),
          Map.entry("burgundy", "red"),
          Map.entry("blue", "blue"),
          Map.entry("navy", "blue"),
          Map.entry("green", "green"),
          Map.entry("yellow", "yellow"),
          Map.entry("gold", "yellow"),
          Map.entry("orange", "orange"),
          Map.entry("brown", "brown"),
          Map.entry("beige", "brown"),
          Map.entry("bronze", "brown"),
          Map.entry("purple", "purple"));

  private static final Map<String, String> PLATFORMS =
      Map.ofEntries(
          Map.entry("insta", "instagram"),
          Map.entry("ig", "instagram"),
          Map.entry("snap", "snapchat"),
          Map.entry("sc", "snapchat"),
          Map.entry("fb", "facebook"),
          Map.entry("messenger", "facebook"),
          Map.entry("facebookmessenger", "facebook"),
          Map.entry("x", "twitter"),
          Map.entry("wa", "whatsapp"),
          Map.entry("whatsap", "whatsapp"),
          Map.entry("tt", "tiktok"));

  private static final Map<String, String> STREET_WORDS =
      Map.ofEntries(
          Map.entry("rd", "road"),
          Map.entry("st", "street"),
          Map.entry("str", "street"),
          Map.entry("ln", "lane"),
          Map.entry("ave", "avenue"),
          Map.entry("av", "avenue"),
          Map.entry("cl", "close"),
          Map.entry("ct", "court"),
          Map.entry("crt", "court"),
          Map.entry("dr", "drive"),
          Map.entry("gdns", "gardens"),
          Map.entry("gds", "gardens"),
          Map.entry("sq", "square"),
          Map.entry("pl", "place"),
          Map.entry("cres", "crescent"),
          Map.entry("ter", "terrace"),
          Map.entry("terr", "terrace"),
          Map.entry("pk", "park"),
          Map.entry("hse", "house"),
          Map.entry("ho", "house"),
          Map.entry("apt", "flat"),
          Map.entry("apartment", "flat"),
          Map.entry("no", ""),
          Map.entry("number", ""));

  /** Models written for their make ("a silver Golf"): the commonest on UK roads. */
  private static final Map<String, String> MODELS =
      Map.ofEntries(
          Map.entry("golf", "volkswagen"),
          Map.entry("polo", "volkswagen"),
          Map.entry("passat", "volkswagen"),
          Map.entry("transporter", "volkswagen"),
          Map.entry("fiesta", "ford"),
          Map.entry("focus", "ford"),
          Map.entry("transit", "ford"),
          Map.entry("kuga", "ford"),
          Map.entry("corsa", "vauxhall"),
          Map.entry("astra", "vauxhall"),
          Map.entry("insignia", "vauxhall"),
          Map.entry("1series", "bmw"),
          Map.entry("3series", "bmw"),
          Map.entry("5series", "bmw"),
          Map.entry("x5", "bmw"),
          Map.entry("a3", "audi"),
          Map.entry("a4", "audi"),
          Map.entry("q5", "audi"),
          Map.entry("cclass", "mercedes"),
          Map.entry("aclass", "mercedes"),
          Map.entry("sprinter", "mercedes"),
          Map.entry("yaris", "toyota"),
          Map.entry("corolla", "toyota"),
          Map.entry("prius", "toyota"),
          Map.entry("qashqai", "nissan"),
          Map.entry("micra", "nissan"),
          Map.entry("juke", "nissan"),
          Map.entry("208", "peugeot"),
          Map.entry("308", "peugeot"),
          Map.entry("3008", "peugeot"),
          Map.entry("sportage", "kia"),
          Map.entry("ceed", "kia"),
          Map.entry("picanto", "kia"),
          Map.entry("leon", "seat"),
          Map.entry("ibiza", "seat"),
          Map.entry("octavia", "skoda"),
          Map.entry("fabia", "skoda"),
          Map.entry("discovery", "landrover"),
          Map.entry("defender", "landrover"),
          Map.entry("evoque", "landrover"));

  private static final Set<String> TITLES =
      Set.of("mr", "mister", "mrs", "ms", "miss", "dr", "sir");

  private static final Set<String> NAME_NOISE =
      Set.of("the", "a", "an", "of", "and", "ltd", "limited", "uk", "s");

  private static final Set<String> NICKNAME_PREFIXES =
      Set.of("big", "little", "lil", "lit", "young", "yung", "old", "baby", "mad", "small");

  /**
   * A canonical make: lower-case letters and digits only, common short forms expanded, a common
   * model written for its make ("Golf" is a Volkswagen).
   */
  static String make(String raw) {
    String s = TextMeasures.text(raw).replace(" ", "");
    String make = MAKES.getOrDefault(s, s);
    return MODELS.getOrDefault(make, make);
  }

  /** A colour family (silver and grey are one), or the word itself when not listed. */
  static String colour(String raw) {
    String s = TextMeasures.text(raw);
    String last = s.contains(" ") ? s.substring(s.lastIndexOf(' ') + 1) : s;
    return COLOURS.getOrDefault(last, last);
  }

  /** A canonical platform name: letters and digits only, common short forms expanded. */
  static String platform(String raw) {
    String s = TextMeasures.text(raw).replace(" ", "");
    if (s.endsWith("com")) {
      s = s.substring(0, s.length() - 3);
    }
    return PLATFORMS.getOrDefault(s, s);
  }

  /** An address word with street abbreviations expanded ("" for words that say nothing). */
  static String streetWord(String word) {
    return STREET_WORDS.getOrDefault(word, word);
  }

  /** A word that says what kind of street or building, not which ("road", "flat", "house"). */
  static boolean streetType(String word) {
    return STREET_WORDS.containsValue(word) || word.equals("flat") || word.equals("unit");
  }

  /** A title before a name ("mr", "ms"). */
  static boolean title(String word) {
    return TITLES.contains(word);
  }

  static boolean nameNoise(String word) {
    return NAME_NOISE.contains(word);
  }

  static boolean nicknamePrefix(String word) {
    return NICKNAME_PREFIXES.contains(word);
  }
}
