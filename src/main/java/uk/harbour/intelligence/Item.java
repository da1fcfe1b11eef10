package uk.harbour.intelligence;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One person, vehicle, phone, online account or place as a submission mentions it: the words as
 * written (plates and phone numbers in their normalised form), how the submitter knows, and the
 * register entry it was resolved to, once an intelligence officer has decided.
 */
record Item(
    @Nullable UUID id,
    EntityKind kind,
    @Nullable String name,
    @Nullable String nickname,
    @Nullable Integer approxAge,
    @Nullable String description,
    @Nullable String role,
    @Nullable String plate,
    @Nullable String make,
    @Nullable String colour,
    @Nullable String phone,
    @Nullable String platform,
    @Nullable String username,
    @Nullable String placeName,
    @Nullable String address,
    @Nullable String postcode,
    @Nullable PlaceUse placeUse,
    @Nullable HowKnown howKnown,
    @Nullable UUID entityId) {

  /** The words that name it, as a register entry's label would. */
  public String label() {
    return Labels.of(
        kind, name, nickname, approxAge, plate, make, colour, phone, platform, username, placeName,
        address, postcode);
  }

  /** Whether it says anything that could pick out one person, vehicle, phone, account or place. */
  public boolean identifies() {
    return switch (kind) {
      case PERSON -> name != null || nickname != null;
      case VEHICLE -> plate != null;
      case PHONE -> phone != null;
      case ONLINE_ACCOUNT -> username != null;
      case PLACE -> placeName != null || address != null || postcode != null;
    };
  }
}
