package uk.harbour.accesscontrol.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import uk.harbour.accesscontrol.AgencyKind;

/** The add-agency and change-agency form. */
class AgencyForm {

  @NotBlank(message = "{admin.agency.name.required}")
  @Size(max = 200, message = "{admin.agency.name.tooLong}")
  private String name;

  private String kind;
  private String version;

  static AgencyForm of(AgencyRepository.AgencyDetails agency) {
    AgencyForm form = new AgencyForm();
    form.name = agency.name();
    form.kind = agency.kind().name();
    form.version = Integer.toString(agency.version());
    return form;
  }

  boolean hasKnownKind() {
    return kind != null && Arrays.stream(AgencyKind.values()).anyMatch(k -> k.name().equals(kind));
  }

  AgencyKind agencyKind() {
    return AgencyKind.valueOf(kind);
  }

  int openedVersion() {
    try {
      return Integer.parseInt(version);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }
}
