package uk.harbour.accesscontrol.signin;

/** Sign-in with the password and a code from the authenticator app together, in one step. */
class PasswordAndCodeForm extends PasswordForm {
  private String code;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
