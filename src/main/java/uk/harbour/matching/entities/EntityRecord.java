package uk.harbour.matching.entities;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One register entry or one new mention; fields that do not apply to the type are null. A person
 * has {@code name} (given name, or given and family names), {@code nickname} and {@code approxAge};
 * a vehicle {@code plate} (full or partial), {@code make} and {@code colour}; a phone {@code
 * phone}; an online account {@code platform} and {@code username}; a place {@code placeName},
 * {@code address} and {@code postcode}.
 */
public record EntityRecord(
    String id,
    EntityType type,
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

  public EntityRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
  }

  /** A person: name (given, or given and family), nickname and approximate age, any may be null. */
  public static EntityRecord person(
      String id, @Nullable String name, @Nullable String nickname, @Nullable Integer approxAge) {
    return new EntityRecord(
        id,
        EntityType.PERSON,
        name,
        nickname,
        approxAge,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** A vehicle: plate (full or partial), make and colour. */
  public static EntityRecord vehicle(
      String id, @Nullable String plate, @Nullable String make, @Nullable String colour) {
    return new EntityRecord(
        id,
        EntityType.VEHICLE,
        null,
        null,
        null,
        plate,
        make,
        colour,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** A phone number in any format. */
  public static EntityRecord phone(String id, @Nullable String phone) {
    return new EntityRecord(
        id,
        EntityType.PHONE,
        null,
        null,
        null,
        null,
        null,
        null,
        phone,
        null,
        null,
        null,
        null,
        null);
  }

  /** An online account: platform and username. */
  public static EntityRecord account(
      String id, @Nullable String platform, @Nullable String username) {
    return new EntityRecord(
        id,
        EntityType.ONLINE_ACCOUNT,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        platform,
        username,
        null,
        null,
        null);
  }

  /** A place: its name, address and postcode. */
  public static EntityRecord place(
      String id, @Nullable String placeName, @Nullable String address, @Nullable String postcode) {
    return new EntityRecord(
        id,
        EntityType.PLACE,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        placeName,
        address,
        postcode);
  }
}
