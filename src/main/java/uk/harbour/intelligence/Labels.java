package uk.harbour.intelligence;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The words a register entry or a mention is shown by, the same everywhere. */
final class Labels {

  private Labels() {}

  static String of(
      EntityKind kind,
      @Nullable String name,
      @Nullable String nickname,
      @Nullable Integer approxAge,
      @Nullable String plate,
      @Nullable String make,
      @Nullable String colour,
      @Nullable String phone,
      @Nullable String platform,
      @Nullable String username,
      @Nullable String placeName,
      @Nullable String address,
      @Nullable String postcode) {
    List<String> parts = new ArrayList<>();
    switch (kind) {
      case PERSON -> {
        add(parts, name);
        if (nickname != null) {
          parts.add("\u201c" + nickname + "\u201d");
        }
        if (approxAge != null) {
          parts.add("about " + approxAge);
        }
      }
      case VEHICLE -> {
        add(parts, plate);
        add(parts, colour);
        add(parts, make);
      }
      case PHONE -> add(parts, phone);
      case ONLINE_ACCOUNT -> {
        add(parts, username);
        if (platform != null) {
          parts.add("on " + platform);
        }
      }
      case PLACE -> {
        add(parts, placeName);
        add(parts, address);
        add(parts, postcode);
      }
    }
    return parts.isEmpty() ? "(no identifying details)" : String.join(", ", parts);
  }

  private static void add(List<String> parts, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      parts.add(value);
    }
  }
}
