package uk.harbour.intelligence;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The make and colour in a vehicle's description as someone typed it on a concern ("a black Audi,
 * dented wing"), so intelligence started from the concern fills the make and colour fields instead
 * of asking for them again. Only words it is sure of: anything else stays in the description.
 */
final class VehicleWords {

  private VehicleWords() {}

  private static final List<String> MAKES =
      List.of(
          "Alfa Romeo",
          "Audi",
          "BMW",
          "Citroen",
          "Dacia",
          "Fiat",
          "Ford",
          "Honda",
          "Hyundai",
          "Jaguar",
          "Jeep",
          "Kia",
          "Land Rover",
          "Range Rover",
          "Lexus",
          "Mazda",
          "Mercedes",
          "Mini",
          "Mitsubishi",
          "Nissan",
          "Peugeot",
          "Porsche",
          "Renault",
          "Seat",
          "Skoda",
          "Suzuki",
          "Tesla",
          "Toyota",
          "Vauxhall",
          "Volkswagen",
          "Volvo");

  private static final Map<String, String> SHORT_MAKES =
      Map.of("vw", "Volkswagen", "merc", "Mercedes", "beemer", "BMW");

  private static final List<String> COLOURS =
      List.of(
          "black", "white", "silver", "grey", "gray", "red", "blue", "navy", "green", "yellow",
          "gold", "orange", "brown", "beige", "purple", "maroon");

  /** The make named in the description, as the form would show it, or blank. */
  static String make(String description) {
    String text = " " + words(description) + " ";
    for (String make : MAKES) {
      if (text.contains(" " + make.toLowerCase(Locale.ROOT) + " ")) {
        return make;
      }
    }
    for (var shortMake : SHORT_MAKES.entrySet()) {
      if (text.contains(" " + shortMake.getKey() + " ")) {
        return shortMake.getValue();
      }
    }
    return "";
  }

  /** The first colour named in the description, or blank. */
  static String colour(String description) {
    String text = " " + words(description) + " ";
    String found = "";
    int at = Integer.MAX_VALUE;
    for (String colour : COLOURS) {
      int i = text.indexOf(" " + colour + " ");
      if (i >= 0 && i < at) {
        at = i;
        found = colour;
      }
    }
    return found;
  }

  private static String words(String description) {
    return description == null
        ? ""
        : description.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }
}
