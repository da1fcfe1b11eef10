package uk.harbour.intake;

import java.time.LocalDate;
import org.springframework.validation.Errors;
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
    for (ConcernRowsForm.Group group : ConcernRowsForm.Group.values()) {
      ConcernRowsForm.checkLengths(errors, group, f.rows(group));
    }
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
