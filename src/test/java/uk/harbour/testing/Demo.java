package uk.harbour.testing;

import uk.harbour.demo.DemoUsers;

/** Signs in the demo world's users, with the password and secrets the README lists. */
public final class Demo {

  private Demo() {}

  public static Browser signIn(int port, String username) {
    return SignIn.as(port, username, DemoUsers.PASSWORD, DemoUsers.secretFor(username));
  }
}
