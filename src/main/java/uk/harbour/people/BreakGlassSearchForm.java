package uk.harbour.people;

import java.time.LocalDate;
import org.springframework.validation.Errors;

/**
 * What a practitioner outside a child's teams must give to look for the child's record: the child
 * (the {@link ChildIdentity} group {@code child}) by first and last name, and a date of birth or an
 * approximate age. Less would let anyone fish for who is known to the service.
 */
class BreakGlassSearchForm {

  private ChildIdentity child = new ChildIdentity();

  void validate(Errors errors, LocalDate today) {
    errors.pushNestedPath("child");
    child.checkNames(errors, "people.breakGlassSearch.error.%s");
    child.checkAge(errors, today, "people.breakGlassSearch.error.dateOrAge");
    errors.popNestedPath();
  }

  /** The date of birth if given and real, otherwise null. */
  LocalDate dateOfBirth() {
    return child.getDateOfBirth().date();
  }

  /** The approximate age if given as a whole number from 0 to 25, otherwise null. */
  Integer age() {
    return child.age();
  }

  public ChildIdentity getChild() {
    return child;
  }

  public void setChild(ChildIdentity v) {
    child = v;
  }
}
