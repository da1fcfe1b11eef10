package uk.harbour.cases.chronology;

import org.springframework.validation.Errors;
import uk.harbour.cases.CaseText;

/** The young person's own perspective on a chronology entry, in their words. */
class PerspectiveForm {

  private String view;
  private int version;

  void validate(Errors errors) {
    CaseText.required(errors, "view", view, CaseText.TEXT_MAX, "cases.chronology.error.view");
  }

  public String getView() {
    return view;
  }

  public void setView(String view) {
    this.view = view;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
