package uk.harbour.accesscontrol.admin;

/** An administrator's new password for someone, who must change it when they next sign in. */
public class SetPasswordForm {

  private String password;

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
