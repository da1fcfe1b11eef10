package uk.harbour.accesscontrol.admin;

/**
 * An administrator's new password for someone, who must change it when they next sign in, and why
 * it is needed (asked only when a data protection officer must approve it).
 */
class SetPasswordForm {

  private String password;
  private String reason;

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
