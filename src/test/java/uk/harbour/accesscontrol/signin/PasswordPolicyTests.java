package uk.harbour.accesscontrol.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

  private final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void shipsADenyListOfAtLeastAThousandCommonPasswords() {
    assertThat(policy.denyListSize()).isGreaterThanOrEqualTo(1000);
  }

  @Test
  void acceptsALongPassphraseWithNoCompositionRules() {
    assertThat(policy.problem("lantern orchard gravel", "sam.jones")).isEmpty();
    assertThat(policy.problem("alllowercaseletters", "sam.jones")).isEmpty();
  }

  @Test
  void requiresAPassword() {
    assertThat(policy.problem("", "sam")).contains("password.required");
    assertThat(policy.problem(null, "sam")).contains("password.required");
  }

  @Test
  void needsAtLeastTwelveCharacters() {
    assertThat(policy.problem("gravel otter", "sam")).isEmpty();
    assertThat(policy.problem("gravel otte", "sam")).contains("password.tooShort");
  }

  @Test
  void countsCharactersNotBytesOrUnits() {
    String twelveEmoji = "\uD83C\uDF0A".repeat(11) + "x";
    assertThat(policy.problem(twelveEmoji, "sam")).isEmpty();
  }

  @Test
  void allowsAtMost256Characters() {
    String base = "lantern orchard gravel ";
    String ok = (base.repeat(12) + "gravel otter lantern").substring(0, 256);
    assertThat(policy.problem(ok, "sam")).isEmpty();
    assertThat(policy.problem(ok + "y", "sam")).contains("password.tooLong");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password1234",
        "PASSWORD1234",
        "Password1234!",
        "1234Password",
        "winniethepooh",
        "qwertyuiop123",
        "123456789012",
        "passwordpassword",
        "aaaaaaaaaaaa",
        "abcabcabcabc",
        "abcdefghijklm",
        "mlkjihgfedcba",
        "1q2w3e4r5t6y7u",
        "sunshine!!!!!!",
        "Liverpool2024!!"
      })
  void refusesCommonPasswordsAndSimpleVariationsWhateverTheCase(String password) {
    assertThat(policy.problem(password, "sam.jones")).contains("password.common");
  }

  @Test
  void refusesAPasswordContainingTheUsername() {
    assertThat(policy.problem("sam.jones-is-here", "sam.jones"))
        .contains("password.containsUsername");
    assertThat(policy.problem("SAM.JONES-IS-HERE", "sam.jones"))
        .contains("password.containsUsername");
    assertThat(policy.problem("sam.jones", "sam.jones")).contains("password.tooShort");
  }
}
