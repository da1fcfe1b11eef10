package uk.harbour.intelligence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import uk.harbour.matching.entities.Phones;
import uk.harbour.matching.entities.Plates;
import uk.harbour.matching.entities.Usernames;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordIds;

/**
 * Checks a submission's form and turns it into what is saved. Plates, phone numbers and usernames
 * are normalised where they can be and refused with a message where they cannot; over-long text is
 * refused, never cut; blank rows are dropped. A draft needs nothing; a submission needs what the
 * submitter knows and how, and details of the risk if someone may be at risk now.
 */
final class SubmissionChecks {

  static final int SHORT = 200;
  static final int LONG = 20_000;

  private SubmissionChecks() {}

  /** The draft, with any problems added to {@code errors} (the draft is then not to be saved). */
  static SubmissionDraft check(
      SubmissionForm form, Errors errors, boolean submitting, Set<ChildId> offeredChildren) {
    String whatKnown = text(form.getWhatKnown(), "whatKnown", LONG, errors);
    HowKnown howKnown = choice(form.getHowKnown(), HowKnown::valueOf, "howKnown", errors);
    MentionedBefore mentioned =
        choice(form.getMentionedBefore(), MentionedBefore::valueOf, "mentionedBefore", errors);
    String riskNowDetails = text(form.getRiskNowDetails(), "riskNowDetails", LONG, errors);
    if (submitting) {
      if (whatKnown == null) {
        errors.rejectValue("whatKnown", "intelligence.error.whatKnown.required");
      }
      if (howKnown == null && !errors.hasFieldErrors("howKnown")) {
        errors.rejectValue("howKnown", "intelligence.error.howKnown.required");
      }
    }
    if (form.isRiskNow() && riskNowDetails == null) {
      errors.rejectValue("riskNowDetails", "intelligence.error.riskNowDetails.required");
    }
    List<ChildId> children = new ArrayList<>();
    for (String raw : form.getChildIds()) {
      UUID id = RecordIds.parseOrNull(raw);
      if (id != null && offeredChildren.contains(new ChildId(id))) {
        children.add(new ChildId(id));
      } else if (raw != null && !raw.isBlank()) {
        errors.rejectValue("childIds", "intelligence.error.child.notOffered");
      }
    }
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < form.getItems().size(); i++) {
      ItemForm row = form.getItems().get(i);
      Item item = item(row, "items[" + i + "].", errors);
      if (item != null) {
        items.add(item);
      }
    }
    for (EntityKind kind : EntityKind.values()) {
      if (form.rowsOf(kind) > SubmissionForm.MAX_ROWS_PER_KIND) {
        errors.reject(
            "intelligence.error.rows.limit", new Object[] {SubmissionForm.MAX_ROWS_PER_KIND}, null);
      }
    }
    return new SubmissionDraft(
        whatKnown == null ? "" : whatKnown,
        howKnown,
        text(form.getToldBy(), "toldBy", SHORT, errors),
        mentioned,
        text(form.getOthersWhoKnow(), "othersWhoKnow", LONG, errors),
        text(form.getChildrenDescribed(), "childrenDescribed", LONG, errors),
        text(form.getMoney(), "money", LONG, errors),
        form.isRiskNow(),
        form.isRiskNow() ? riskNowDetails : null,
        children,
        items);
  }

  private static @Nullable Item item(ItemForm row, String prefix, Errors errors) {
    EntityKind kind;
    try {
      kind = row.entityKind();
    } catch (IllegalArgumentException notAKind) {
      errors.reject("intelligence.error.row.kind");
      return null;
    }
    if (row.isBlank()) {
      return null;
    }
    Integer age = age(row.getApproxAge(), prefix + "approxAge", errors);
    String plate = normalised(row.getPlate(), Plates::normalise, prefix + "plate", "plate", errors);
    String phone = normalised(row.getPhone(), Phones::normalise, prefix + "phone", "phone", errors);
    String username =
        normalised(row.getUsername(), Usernames::fold, prefix + "username", "username", errors);
    return new Item(
        null,
        kind,
        text(row.getName(), prefix + "name", SHORT, errors),
        text(row.getNickname(), prefix + "nickname", SHORT, errors),
        age,
        text(row.getDescription(), prefix + "description", LONG, errors),
        text(row.getRole(), prefix + "role", SHORT, errors),
        plate,
        text(row.getMake(), prefix + "make", SHORT, errors),
        text(row.getColour(), prefix + "colour", SHORT, errors),
        phone,
        text(row.getPlatform(), prefix + "platform", SHORT, errors),
        username,
        text(row.getPlaceName(), prefix + "placeName", SHORT, errors),
        text(row.getAddress(), prefix + "address", LONG, errors),
        postcode(row.getPostcode(), prefix + "postcode", errors),
        choice(row.getPlaceUse(), PlaceUse::valueOf, prefix + "placeUse", errors),
        choice(row.getHowKnown(), HowKnown::valueOf, prefix + "howKnown", errors),
        null);
  }

  private static @Nullable String normalised(
      String raw,
      Function<String, Optional<String>> normaliser,
      String field,
      String what,
      Errors errors) {
    if (raw.isBlank()) {
      return null;
    }
    if (raw.length() > SHORT) {
      errors.rejectValue(field, "intelligence.error.tooLong", new Object[] {SHORT}, null);
      return null;
    }
    Optional<String> value = normaliser.apply(raw);
    if (value.isEmpty()) {
      errors.rejectValue(field, "intelligence.error." + what + ".format");
      return null;
    }
    return value.get();
  }

  private static @Nullable String postcode(String raw, String field, Errors errors) {
    String value = text(raw, field, SHORT, errors);
    if (value == null) {
      return null;
    }
    String compact = value.toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
    if (!compact.matches("[A-Z]{1,2}[0-9][0-9A-Z]?([0-9][A-Z]{2})?")) {
      errors.rejectValue(field, "intelligence.error.postcode.format");
      return null;
    }
    return compact.length() > 4
        ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3)
        : compact;
  }

  private static @Nullable Integer age(String raw, String field, Errors errors) {
    if (raw.isBlank()) {
      return null;
    }
    try {
      int age = Integer.parseInt(raw.strip());
      if (age >= 0 && age <= 120) {
        return age;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    errors.rejectValue(field, "intelligence.error.approxAge.format");
    return null;
  }

  static @Nullable String text(String raw, String field, int most, Errors errors) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (raw.length() > most) {
      errors.rejectValue(field, "intelligence.error.tooLong", new Object[] {most}, null);
      return null;
    }
    return raw.strip();
  }

  private static <T> @Nullable T choice(
      String raw, Function<String, T> parse, String field, Errors errors) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return parse.apply(raw);
    } catch (IllegalArgumentException notAChoice) {
      errors.rejectValue(field, "intelligence.error.choice");
      return null;
    }
  }
}
