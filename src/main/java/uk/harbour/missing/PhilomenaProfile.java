package uk.harbour.missing;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uk.harbour.shared.ChildId;

/**
 * A child's Philomena profile as stored: what the carer's agency keeps current for the police, who
 * last confirmed it is still current and when, and its version for optimistic locking.
 */
record PhilomenaProfile(
    ChildId child,
    Details details,
    Instant confirmedAt,
    String confirmedByName,
    Instant updatedAt,
    String updatedByName,
    int version,
    boolean hasPhoto) {

  /**
   * What the profile says. Every field is free text as the carer typed it, or null if not known.
   */
  record Details(
      @Nullable String height,
      @Nullable String build,
      @Nullable String hair,
      @Nullable String features,
      @Nullable String clothing,
      @Nullable String associates,
      @Nullable String addresses,
      @Nullable String places,
      @Nullable String phones,
      @Nullable String socialMedia,
      @Nullable String transport,
      @Nullable String money,
      @Nullable String medication,
      @Nullable String healthConditions) {

    /** The page's sections in order, each naming its fields in order. */
    static final java.util.Map<String, java.util.List<String>> SECTIONS =
        java.util.Map.of(
            "description", java.util.List.of("height", "build", "hair", "features", "clothing"),
            "people", java.util.List.of("associates", "addresses", "places"),
            "contact", java.util.List.of("phones", "socialMedia", "transport", "money"),
            "health", java.util.List.of("medication", "healthConditions"));

    /** The section names in page order. */
    public static java.util.List<String> sectionNames() {
      return java.util.List.of("description", "people", "contact", "health");
    }

    /** The fields of one section in order, with their values. */
    public java.util.Map<String, @Nullable String> section(String name) {
      java.util.Map<String, @Nullable String> all = byField();
      java.util.Map<String, @Nullable String> fields = new java.util.LinkedHashMap<>();
      for (String field : SECTIONS.getOrDefault(name, java.util.List.of())) {
        fields.put(field, all.get(field));
      }
      return fields;
    }

    /** The fields of one section that say something, in order (the PDF leaves out the rest). */
    public java.util.Map<String, String> known(String name) {
      java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
      section(name)
          .forEach(
              (field, value) -> {
                if (value != null) {
                  fields.put(field, value);
                }
              });
      return fields;
    }

    /** The names of the fields nobody has filled in, in form order. */
    public java.util.List<String> unknown() {
      return byField().entrySet().stream()
          .filter(e -> e.getValue() == null)
          .map(java.util.Map.Entry::getKey)
          .toList();
    }

    /** The details in form order, each with its field name. */
    public java.util.Map<String, @Nullable String> byField() {
      java.util.Map<String, @Nullable String> fields = new java.util.LinkedHashMap<>();
      fields.put("height", height);
      fields.put("build", build);
      fields.put("hair", hair);
      fields.put("features", features);
      fields.put("clothing", clothing);
      fields.put("associates", associates);
      fields.put("addresses", addresses);
      fields.put("places", places);
      fields.put("phones", phones);
      fields.put("socialMedia", socialMedia);
      fields.put("transport", transport);
      fields.put("money", money);
      fields.put("medication", medication);
      fields.put("healthConditions", healthConditions);
      return fields;
    }
  }

  /** The day it was last confirmed, in the UK. */
  public java.time.LocalDate confirmedOn() {
    return java.time.LocalDate.ofInstant(confirmedAt, uk.harbour.shared.DisplayDates.ZONE);
  }

  /** Whole days since it was last confirmed as current. */
  public long daysSinceConfirmed(Instant now) {
    return Math.max(0, Duration.between(confirmedAt, now).toDays());
  }

  /** Whether it was last confirmed longer ago than the agreed period. */
  public boolean stale(Instant now, Duration confirmWithin) {
    return confirmedAt.plus(confirmWithin).isBefore(now);
  }
}
