package uk.harbour.cases.youngperson;

import org.springframework.validation.Errors;
import uk.harbour.cases.CaseText;

/** Education, care, strengths, interests and hopes. */
class ProfileForm {

  private String education;
  private String care;
  private String strengths;
  private String interests;
  private String hopes;
  private int version;

  static ProfileForm from(Records.Profile p) {
    ProfileForm f = new ProfileForm();
    f.education = p.education();
    f.care = p.care();
    f.strengths = p.strengths();
    f.interests = p.interests();
    f.hopes = p.hopes();
    f.version = p.version();
    return f;
  }

  void validate(Errors errors) {
    CaseText.maxLength(errors, "education", education, CaseText.TEXT_MAX);
    CaseText.maxLength(errors, "care", care, CaseText.TEXT_MAX);
    CaseText.maxLength(errors, "strengths", strengths, CaseText.TEXT_MAX);
    CaseText.maxLength(errors, "interests", interests, CaseText.TEXT_MAX);
    CaseText.maxLength(errors, "hopes", hopes, CaseText.TEXT_MAX);
  }

  public String getEducation() {
    return education;
  }

  public void setEducation(String v) {
    education = v;
  }

  public String getCare() {
    return care;
  }

  public void setCare(String v) {
    care = v;
  }

  public String getStrengths() {
    return strengths;
  }

  public void setStrengths(String v) {
    strengths = v;
  }

  public String getInterests() {
    return interests;
  }

  public void setInterests(String v) {
    interests = v;
  }

  public String getHopes() {
    return hopes;
  }

  public void setHopes(String v) {
    hopes = v;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int v) {
    version = v;
  }
}
