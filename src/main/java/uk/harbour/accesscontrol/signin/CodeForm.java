package uk.harbour.accesscontrol.signin;

/** The second sign-in step, and the confirmation when setting up an authenticator app. */
class CodeForm {
  private String code;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
