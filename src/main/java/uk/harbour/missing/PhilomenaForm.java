package uk.harbour.missing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import uk.harbour.shared.FreeTextCheck;

/**
 * The Philomena profile form. Every field is optional (a carer writes what they know); none is ever
 * shortened: one longer than its limit is refused with an error saying so.
 */
class PhilomenaForm {

  /** The fields a request may bind (the {@code @InitBinder} allow-list). */
  static final String[] FIELDS = {
    "version",
    "height",
    "build",
    "hair",
    "features",
    "clothing",
    "associates",
    "addresses",
    "places",
    "phones",
    "socialMedia",
    "transport",
    "money",
    "medication",
    "healthConditions"
  };

  /** Fields of a few words (height, build, hair). */
  static final Set<String> SHORT_FIELDS = Set.of("build", "hair", "height");

  static final int SHORT = 200;
  static final int LONG = 4_000;

  /**
   * Fields that describe the child or the people around them in the carer's words, which the
   * language guide reads after a save (height and the like carry no such words).
   */
  static final List<String> LANGUAGE_CHECKED =
      List.of(
          "features", "clothing", "associates", "places", "transport", "money", "healthConditions");

  private @Nullable String version;
  private @Nullable String height;
  private @Nullable String build;
  private @Nullable String hair;
  private @Nullable String features;
  private @Nullable String clothing;
  private @Nullable String associates;
  private @Nullable String addresses;
  private @Nullable String places;
  private @Nullable String phones;
  private @Nullable String socialMedia;
  private @Nullable String transport;
  private @Nullable String money;
  private @Nullable String medication;
  private @Nullable String healthConditions;

  static PhilomenaForm of(PhilomenaProfile.@Nullable Details d, @Nullable Integer version) {
    PhilomenaForm form = new PhilomenaForm();
    form.version = version == null ? "" : version.toString();
    if (d != null) {
      form.height = d.height();
      form.build = d.build();
      form.hair = d.hair();
      form.features = d.features();
      form.clothing = d.clothing();
      form.associates = d.associates();
      form.addresses = d.addresses();
      form.places = d.places();
      form.phones = d.phones();
      form.socialMedia = d.socialMedia();
      form.transport = d.transport();
      form.money = d.money();
      form.medication = d.medication();
      form.healthConditions = d.healthConditions();
    }
    return form;
  }

  /** Adds an error for each field longer than its limit, and one if nothing was written. */
  void validate(BindingResult result) {
    if (details().byField().values().stream().allMatch(v -> v == null)) {
      result.rejectValue("height", "missing.philomena.error.empty");
    }
    for (Map.Entry<String, @Nullable String> e : details().byField().entrySet()) {
      int max = SHORT_FIELDS.contains(e.getKey()) ? SHORT : LONG;
      if (e.getValue() != null && e.getValue().length() > max) {
        result.rejectValue(e.getKey(), "missing.philomena.error.tooLong", new Object[] {max}, null);
      }
    }
  }

  /** What was typed, with blank fields as not known (null) and edges trimmed. */
  PhilomenaProfile.Details details() {
    return new PhilomenaProfile.Details(
        clean(height),
        clean(build),
        clean(hair),
        clean(features),
        clean(clothing),
        clean(associates),
        clean(addresses),
        clean(places),
        clean(phones),
        clean(socialMedia),
        clean(transport),
        clean(money),
        clean(medication),
        clean(healthConditions));
  }

  /** The version the user opened, or null if there was no profile yet. */
  @Nullable Integer openedVersion() {
    if (version == null || version.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(version.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The saved fields the language guide reads, each with what it held before. */
  static List<FreeTextCheck.Field> languageFields(
      PhilomenaProfile.Details saved, PhilomenaProfile.@Nullable Details before) {
    List<FreeTextCheck.Field> checked = new ArrayList<>();
    Map<String, @Nullable String> now = saved.byField();
    Map<String, @Nullable String> then = before == null ? Map.of() : before.byField();
    for (String name : LANGUAGE_CHECKED) {
      String text = now.get(name);
      String previous = then.get(name);
      if ((text != null && !text.isBlank()) || (previous != null && !previous.isBlank())) {
        checked.add(
            new FreeTextCheck.Field(
                name, "missing.philomena." + name, text == null ? "" : text, previous));
      }
    }
    return checked;
  }

  private static @Nullable String clean(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public @Nullable String getVersion() {
    return version;
  }

  public void setVersion(@Nullable String v) {
    version = v;
  }

  public @Nullable String getHeight() {
    return height;
  }

  public void setHeight(@Nullable String v) {
    height = v;
  }

  public @Nullable String getBuild() {
    return build;
  }

  public void setBuild(@Nullable String v) {
    build = v;
  }

  public @Nullable String getHair() {
    return hair;
  }

  public void setHair(@Nullable String v) {
    hair = v;
  }

  public @Nullable String getFeatures() {
    return features;
  }

  public void setFeatures(@Nullable String v) {
    features = v;
  }

  public @Nullable String getClothing() {
    return clothing;
  }

  public void setClothing(@Nullable String v) {
    clothing = v;
  }

  public @Nullable String getAssociates() {
    return associates;
  }

  public void setAssociates(@Nullable String v) {
    associates = v;
  }

  public @Nullable String getAddresses() {
    return addresses;
  }

  public void setAddresses(@Nullable String v) {
    addresses = v;
  }

  public @Nullable String getPlaces() {
    return places;
  }

  public void setPlaces(@Nullable String v) {
    places = v;
  }

  public @Nullable String getPhones() {
    return phones;
  }

  public void setPhones(@Nullable String v) {
    phones = v;
  }

  public @Nullable String getSocialMedia() {
    return socialMedia;
  }

  public void setSocialMedia(@Nullable String v) {
    socialMedia = v;
  }

  public @Nullable String getTransport() {
    return transport;
  }

  public void setTransport(@Nullable String v) {
    transport = v;
  }

  public @Nullable String getMoney() {
    return money;
  }

  public void setMoney(@Nullable String v) {
    money = v;
  }

  public @Nullable String getMedication() {
    return medication;
  }

  public void setMedication(@Nullable String v) {
    medication = v;
  }

  public @Nullable String getHealthConditions() {
    return healthConditions;
  }

  public void setHealthConditions(@Nullable String v) {
    healthConditions = v;
  }
}
