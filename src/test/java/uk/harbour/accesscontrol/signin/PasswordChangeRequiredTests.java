package uk.harbour.accesscontrol.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordChangeRequiredTests {

  @ParameterizedTest
  @ValueSource(strings = {"/account/password", "/logout", "/session/extend"})
  void allowsChangingThePasswordSigningOutAndStayingSignedIn(String path) {
    assertThat(PasswordChangeRequired.allows(path)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "",
        "/children",
        "/children/new",
        "/admin/users",
        "/notifications/read",
        "/login",
        "/account/password/",
        "/account/passwords",
        "/account/password/../../admin",
        "/logout/anything",
        "/ACCOUNT/PASSWORD"
      })
  void refusesEveryOtherPath(String path) {
    assertThat(PasswordChangeRequired.allows(path)).isFalse();
  }
}
