package uk.harbour.intelligence;

/**
 * One person, vehicle, phone, online account or place in a submission, as the submitter writes it.
 * Which fields show depends on the kind; the others stay blank.
 */
public class ItemForm {

  private String kind = "";
  private String name = "";
  private String nickname = "";
  private String approxAge = "";
  private String description = "";
  private String role = "";
  private String plate = "";
  private String make = "";
  private String colour = "";
  private String phone = "";
  private String platform = "";
  private String username = "";
  private String placeName = "";
  private String address = "";
  private String postcode = "";
  private String placeUse = "";
  private String howKnown = "";

  static ItemForm of(EntityKind kind) {
    ItemForm item = new ItemForm();
    item.kind = kind.name();
    return item;
  }

  /** A row carried over from the record a submission starts from. */
  static ItemForm from(IntelligenceSource.Row row) {
    ItemForm item = of(row.kind());
    item.name = row.name();
    item.nickname = row.nickname();
    item.approxAge = row.approxAge().replaceAll("[^0-9]", "");
    item.plate = row.plate();
    item.phone = row.phone();
    item.platform = row.platform();
    item.username = row.username();
    item.placeName = row.placeName();
    item.description = row.description();
    if (row.kind() == EntityKind.PLACE && row.placeName().matches(".*\\d.*")) {
      // "Flat 3, 12 Mill Lane" is an address, not a name: matched as one, shown as one.
      item.placeName = "";
      item.address = row.placeName();
    }
    if (row.kind() == EntityKind.VEHICLE) {
      item.make = VehicleWords.make(row.description());
      item.colour = VehicleWords.colour(row.description());
    }
    return item;
  }

  /** Whether the submitter wrote nothing in this row (blank rows are not saved). */
  boolean isBlank() {
    return String.join(
            "",
            name,
            nickname,
            approxAge,
            description,
            role,
            plate,
            make,
            colour,
            phone,
            platform,
            username,
            placeName,
            address,
            postcode)
        .isBlank();
  }

  EntityKind entityKind() {
    return EntityKind.valueOf(kind);
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String v) {
    kind = v == null ? "" : v;
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    name = v == null ? "" : v;
  }

  public String getNickname() {
    return nickname;
  }

  public void setNickname(String v) {
    nickname = v == null ? "" : v;
  }

  public String getApproxAge() {
    return approxAge;
  }

  public void setApproxAge(String v) {
    approxAge = v == null ? "" : v;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String v) {
    description = v == null ? "" : v;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String v) {
    role = v == null ? "" : v;
  }

  public String getPlate() {
    return plate;
  }

  public void setPlate(String v) {
    plate = v == null ? "" : v;
  }

  public String getMake() {
    return make;
  }

  public void setMake(String v) {
    make = v == null ? "" : v;
  }

  public String getColour() {
    return colour;
  }

  public void setColour(String v) {
    colour = v == null ? "" : v;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String v) {
    phone = v == null ? "" : v;
  }

  public String getPlatform() {
    return platform;
  }

  public void setPlatform(String v) {
    platform = v == null ? "" : v;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String v) {
    username = v == null ? "" : v;
  }

  public String getPlaceName() {
    return placeName;
  }

  public void setPlaceName(String v) {
    placeName = v == null ? "" : v;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String v) {
    address = v == null ? "" : v;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String v) {
    postcode = v == null ? "" : v;
  }

  public String getPlaceUse() {
    return placeUse;
  }

  public void setPlaceUse(String v) {
    placeUse = v == null ? "" : v;
  }

  public String getHowKnown() {
    return howKnown;
  }

  public void setHowKnown(String v) {
    howKnown = v == null ? "" : v;
  }
}
