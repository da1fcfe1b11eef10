package uk.harbour.accesscontrol.admin;

import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.accesscontrol.signin.PasswordPolicy;
import uk.harbour.shared.UserId;

/**
 * The checks on a user form that need more than annotations: username format and uniqueness,
 * choices from the lists, the password policy and not removing your own administrator role. Adds at
 * most one error per field, after any error Bean Validation already found.
 */
@Component
class UserFormValidator {

  private static final String USERNAME = "[a-z0-9._-]+";
  private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

  private final Directory directory;
  private final UserRepository records;
  private final PasswordPolicy passwordPolicy;

  UserFormValidator(Directory directory, UserRepository records, PasswordPolicy passwordPolicy) {
    this.directory = directory;
    this.records = records;
    this.passwordPolicy = passwordPolicy;
  }

  /**
   * @param editing the user being changed, or null when adding one (then the password is checked)
   * @param admin the administrator making the change
   */
  void validate(UserForm form, Errors errors, UserId editing, HarbourUser admin) {
    if (!errors.hasFieldErrors("username")) {
      String username = form.normalisedUsername();
      if (!username.matches(USERNAME)) {
        errors.rejectValue("username", "admin.user.username.format");
      } else if (records.usernameTaken(username, editing)) {
        errors.rejectValue("username", "admin.user.username.taken");
      }
    }
    String email = UserForm.blankToNull(form.getEmail());
    if (!errors.hasFieldErrors("email") && email != null && !email.strip().matches(EMAIL)) {
      errors.rejectValue("email", "admin.user.email.format");
    }
    if (!isAgency(form.getAgencyId())) {
      errors.rejectValue("agencyId", "admin.user.agency.required");
    }
    checkManager(form, errors, editing);
    checkRoles(form, errors, editing, admin);
    if (editing == null) {
      String username = errors.hasFieldErrors("username") ? null : form.normalisedUsername();
      passwordPolicy
          .problem(form.getPassword(), username)
          .ifPresent(code -> errors.rejectValue("password", code));
    }
  }

  private void checkManager(UserForm form, Errors errors, UserId editing) {
    String manager = UserForm.blankToNull(form.getManagerId());
    if (manager == null) {
      return;
    }
    UUID id = uuid(manager);
    if (id == null || directory.findUser(new UserId(id)).filter(UserSummary::active).isEmpty()) {
      errors.rejectValue("managerId", "admin.user.manager.invalid");
    } else if (editing != null && editing.value().equals(id)) {
      errors.rejectValue("managerId", "admin.user.manager.self");
    }
  }

  private void checkRoles(UserForm form, Errors errors, UserId editing, HarbourUser admin) {
    if (form.getRoles().isEmpty()) {
      errors.rejectValue("roles", "admin.user.roles.required");
      return;
    }
    boolean known =
        form.getRoles().stream()
            .allMatch(r -> Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(r)));
    if (!known) {
      errors.rejectValue("roles", "admin.user.roles.invalid");
    } else if (admin.id().equals(editing) && !form.roleSet().contains(Role.SYSTEM_ADMINISTRATOR)) {
      errors.rejectValue("roles", "admin.user.roles.ownAdministrator");
    }
  }

  private boolean isAgency(String value) {
    UUID id = uuid(value);
    return id != null && directory.agencies().stream().anyMatch(a -> a.id().value().equals(id));
  }

  private static @Nullable UUID uuid(@Nullable String value) {
    if (value == null || value.length() != 36) {
      return null;
    }
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
