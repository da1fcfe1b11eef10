package uk.harbour.accesscontrol.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.harbour.accesscontrol.Role;
import uk.harbour.shared.AgencyId;
import uk.harbour.shared.UserId;

/**
 * The add-user and change-user form. Choices arrive as text and are checked by {@link
 * UserFormValidator} before the typed accessors are used.
 */
class UserForm {

  static final int MAX_USERNAME = 64;
  static final int MAX_NAME = 200;
  static final int MAX_EMAIL = 254;

  @NotBlank(message = "{admin.user.username.required}")
  @Size(max = MAX_USERNAME, message = "{admin.user.username.tooLong}")
  private String username;

  @NotBlank(message = "{admin.user.displayName.required}")
  @Size(max = MAX_NAME, message = "{admin.user.displayName.tooLong}")
  private String displayName;

  @Size(max = MAX_EMAIL, message = "{admin.user.email.tooLong}")
  private String email;

  @Size(max = MAX_NAME, message = "{admin.user.jobTitle.tooLong}")
  private String jobTitle;

  private String agencyId;
  private String managerId;
  private List<String> roles = new ArrayList<>();
  private String password;
  private String version;

  static UserForm of(UserRepository.UserDetails user) {
    UserForm form = new UserForm();
    form.username = user.username();
    form.displayName = user.displayName();
    form.email = user.email();
    form.jobTitle = user.jobTitle();
    form.agencyId = user.agencyId().toString();
    form.managerId = user.managerId() == null ? "" : user.managerId().toString();
    form.roles = new ArrayList<>(user.roles().stream().map(Role::name).toList());
    form.version = Integer.toString(user.version());
    return form;
  }

  String normalisedUsername() {
    return username.strip().toLowerCase(Locale.ROOT);
  }

  AgencyId agency() {
    return AgencyId.of(agencyId);
  }

  @Nullable UserId manager() {
    return managerId == null || managerId.isBlank() ? null : UserId.of(managerId);
  }

  Set<Role> roleSet() {
    Set<Role> set = EnumSet.noneOf(Role.class);
    roles.forEach(r -> set.add(Role.valueOf(r)));
    return set;
  }

  /** The version the form was opened at, or -1 if missing or not a number (always stale). */
  int openedVersion() {
    try {
      return Integer.parseInt(version);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
  }

  public String getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(String agencyId) {
    this.agencyId = agencyId;
  }

  public String getManagerId() {
    return managerId;
  }

  public void setManagerId(String managerId) {
    this.managerId = managerId;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : roles;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }
}
