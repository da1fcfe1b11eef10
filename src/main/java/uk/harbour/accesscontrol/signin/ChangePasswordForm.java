package uk.harbour.accesscontrol.signin;

/** A signed-in user changing their own password. */
class ChangePasswordForm {
  private String currentPassword;
  private String newPassword;
  private String confirmPassword;

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmPassword() {
    return confirmPassword;
  }

  public void setConfirmPassword(String confirmPassword) {
    this.confirmPassword = confirmPassword;
  }

  /** Never send passwords back to the browser. */
  void clearPasswords() {
    currentPassword = null;
    newPassword = null;
    confirmPassword = null;
  }
}
