package uk.harbour.intake;

import java.time.LocalDate;
import java.util.List;
import org.springframework.validation.Errors;
import uk.harbour.intake.ConcernRowsForm.AccountRow;
import uk.harbour.intake.ConcernRowsForm.PersonRow;
import uk.harbour.intake.ConcernRowsForm.PhoneRow;
import uk.harbour.intake.ConcernRowsForm.PlaceRow;
import uk.harbour.intake.ConcernRowsForm.VehicleRow;
import uk.harbour.people.ChildIdentity;
import uk.harbour.shared.DateParts;

/**
 * Checks a concern form. A draft may be incomplete but nothing may be too long or an impossible
 * date (nothing is ever cut short to fit); a concern to be submitted also needs what happened, who
 * it is about, and how the reporter knows.
 */
final class ConcernFormValidator {

  private ConcernFormValidator() {}

  static void validateDraft(ConcernForm f, Errors errors, LocalDate today) {
    ChildIdentity child = f.getChild();
    Text.maxLength(errors, "child.firstName", child.getFirstName(), Text.NAME_MAX, "givenNames");
    Text.maxLength(errors, "child.lastName", child.getLastName(), Text.NAME_MAX, "familyName");
    Text.maxLength(
        errors, "child.otherNames", child.getOtherNames(), Text.OTHER_NAMES_MAX, "otherNames");
    Text.maxLength(errors, "address", f.getAddress(), Text.ADDRESS_MAX, "address");
    Text.maxLength(errors, "postcode", f.getPostcode(), Text.POSTCODE_MAX, "postcode");
    Text.maxLength(errors, "school", f.getSchool(), Text.SHORT_MAX, "school");
    Text.maxLength(errors, "description", f.getDescription(), Text.TEXT_MAX, "description");
    Text.maxLength(errors, "whatHappened", f.getWhatHappened(), Text.ACCOUNT_MAX, "whatHappened");
    Text.maxLength(errors, "happenedWhen", f.getHappenedWhen(), Text.SHORT_MAX, "happenedWhen");
    Text.maxLength(
        errors, "happenedWhere", f.getHappenedWhere(), Text.ADDRESS_MAX, "happenedWhere");
    Text.maxLength(errors, "passedOnBy", f.getPassedOnBy(), Text.TEXT_MAX, "passedOnBy");
    Text.maxLength(
        errors, "reliabilityNotes", f.getReliabilityNotes(), Text.TEXT_MAX, "reliabilityNotes");
    Text.maxLength(errors, "otherChildren", f.getOtherChildren(), Text.TEXT_MAX, "otherChildren");
    Text.maxLength(errors, "actionTaken", f.getActionTaken(), Text.TEXT_MAX, "actionTaken");
    rows(f, errors);
    for (ConcernRowsForm.Group group : ConcernRowsForm.Group.values()) {
      ConcernRowsForm.rejectExtraRows(errors, group, f.rows(group));
    }
    f.getObservations()
        .forEach(
            (name, note) ->
                Text.maxLength(
                    errors, "observations[" + name + "]", note, Text.NOTE_MAX, "observation"));
    errors.pushNestedPath("child");
    child.checkDateOfBirth(errors, today, "intake.error.dateOfBirth");
    errors.popNestedPath();
    happenedOn(errors, f.getHappenedOn().parts(), today);
    if (!Text.blank(child.getApproximateAge()) && Text.age(child.getApproximateAge()) == null) {
      errors.rejectValue("child.approximateAge", "intake.error.approximateAge.invalid");
    }
  }

  static void validateSubmission(ConcernForm f, Errors errors, LocalDate today) {
    validateDraft(f, errors, today);
    AboutWhom about = f.toDetails().about();
    if (!about.nameUnknown() && !about.hasName()) {
      errors.rejectValue("child.firstName", "intake.error.name.required");
    }
    if (about.nameUnknown() && about.description() == null && !about.hasName()) {
      errors.rejectValue("description", "intake.error.description.required");
    }
    if (Text.blank(f.getWhatHappened())) {
      errors.rejectValue("whatHappened", "intake.error.whatHappened.required");
    }
    if (f.getInformationSource() == null) {
      errors.rejectValue("informationSource", "intake.error.informationSource.required");
    }
    if (f.getReliability() == null) {
      errors.rejectValue("reliability", "intake.error.reliability.required");
    }
  }

  private static void rows(ConcernForm f, Errors errors) {
    List<PersonRow> people = f.getPeople();
    for (int i = 0; i < people.size(); i++) {
      PersonRow p = people.get(i);
      String at = "people[" + i + "].";
      Text.maxLength(
          errors, at + "names", p.getNames(), Text.OTHER_NAMES_MAX, "person.names", i + 1);
      Text.maxLength(
          errors,
          at + "nicknames",
          p.getNicknames(),
          Text.OTHER_NAMES_MAX,
          "person.nicknames",
          i + 1);
      Text.maxLength(
          errors,
          at + "description",
          p.getDescription(),
          Text.TEXT_MAX,
          "person.description",
          i + 1);
      Text.maxLength(
          errors,
          at + "approximateAge",
          p.getApproximateAge(),
          Text.SHORT_MAX,
          "person.age",
          i + 1);
    }
    List<VehicleRow> vehicles = f.getVehicles();
    for (int i = 0; i < vehicles.size(); i++) {
      VehicleRow v = vehicles.get(i);
      String at = "vehicles[" + i + "].";
      Text.maxLength(
          errors,
          at + "registration",
          v.getRegistration(),
          Text.REGISTRATION_MAX,
          "vehicle.registration",
          i + 1);
      Text.maxLength(
          errors,
          at + "description",
          v.getDescription(),
          Text.NOTE_MAX,
          "vehicle.description",
          i + 1);
    }
    List<PhoneRow> phones = f.getPhones();
    for (int i = 0; i < phones.size(); i++) {
      PhoneRow p = phones.get(i);
      String at = "phones[" + i + "].";
      Text.maxLength(errors, at + "number", p.getNumber(), Text.PHONE_MAX, "phone.number", i + 1);
      Text.maxLength(errors, at + "notes", p.getNotes(), Text.NOTE_MAX, "phone.notes", i + 1);
    }
    List<AccountRow> accounts = f.getAccounts();
    for (int i = 0; i < accounts.size(); i++) {
      AccountRow a = accounts.get(i);
      String at = "accounts[" + i + "].";
      Text.maxLength(
          errors, at + "platform", a.getPlatform(), Text.SHORT_MAX, "account.platform", i + 1);
      Text.maxLength(errors, at + "handle", a.getHandle(), Text.SHORT_MAX, "account.handle", i + 1);
    }
    List<PlaceRow> places = f.getPlaces();
    for (int i = 0; i < places.size(); i++) {
      PlaceRow p = places.get(i);
      String at = "places[" + i + "].";
      Text.maxLength(errors, at + "name", p.getName(), Text.ADDRESS_MAX, "place.name", i + 1);
      Text.maxLength(
          errors,
          at + "description",
          p.getDescription(),
          Text.NOTE_MAX,
          "place.description",
          i + 1);
    }
  }

  /** The date something happened, if typed, must be real and not in the future. */
  static void happenedOn(Errors errors, DateParts parts, LocalDate today) {
    if (parts.empty()) {
      return;
    }
    LocalDate on = parts.date();
    if (on == null) {
      errors.rejectValue("happenedOn", "intake.error.happenedOn.invalid");
    } else if (on.isAfter(today)) {
      errors.rejectValue("happenedOn", "intake.error.happenedOn.future");
    }
  }
}
