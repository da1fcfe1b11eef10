package uk.harbour.accesscontrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTests {

  /** The SHA1 seed from RFC 6238 appendix B. */
  private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void matchesTheRfc6238Sha1TestVectors(long epochSeconds, String expected) {
    long step = Totp.stepAt(Instant.ofEpochSecond(epochSeconds));
    assertThat(Totp.code(RFC_KEY, step, 8)).isEqualTo(expected);
  }

  @Test
  void sixDigitCodesAreTheLastSixDigitsOfTheVectors() {
    String secret = new Base32().encodeAsString(RFC_KEY);
    assertThat(Totp.code(secret, Totp.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    assertThat(Totp.code(secret, Totp.stepAt(Instant.ofEpochSecond(1111111109))))
        .isEqualTo("081804");
  }

  @Test
  void acceptsTheCurrentAndNeighbouringStepsOnly() {
    String secret = Totp.newSecret();
    Instant now = Instant.ofEpochSecond(1_700_000_000L);
    long step = Totp.stepAt(now);

    assertThat(Totp.verify(secret, Totp.code(secret, step), now, null)).hasValue(step);
    assertThat(Totp.verify(secret, Totp.code(secret, step - 1), now, null)).hasValue(step - 1);
    assertThat(Totp.verify(secret, Totp.code(secret, step + 1), now, null)).hasValue(step + 1);
    assertThat(Totp.verify(secret, Totp.code(secret, step - 2), now, null)).isEmpty();
    assertThat(Totp.verify(secret, Totp.code(secret, step + 2), now, null)).isEmpty();
  }

  @Test
  void refusesACodeWhoseStepWasAlreadyUsed() {
    String secret = Totp.newSecret();
    Instant now = Instant.ofEpochSecond(1_700_000_000L);
    long step = Totp.stepAt(now);
    String code = Totp.code(secret, step);

    assertThat(Totp.verify(secret, code, now, step)).isEmpty();
    assertThat(Totp.verify(secret, Totp.code(secret, step - 1), now, step)).isEmpty();
    assertThat(Totp.verify(secret, Totp.code(secret, step + 1), now, step)).hasValue(step + 1);
  }

  @Test
  void toleratesSpacesButNotOtherCharacters() {
    String secret = Totp.newSecret();
    Instant now = Instant.ofEpochSecond(1_700_000_000L);
    String code = Totp.code(secret, Totp.stepAt(now));

    assertThat(Totp.verify(secret, code.substring(0, 3) + " " + code.substring(3), now, null))
        .isPresent();
    assertThat(Totp.verify(secret, code + "1", now, null)).isEmpty();
    assertThat(Totp.verify(secret, "abcdef", now, null)).isEmpty();
    assertThat(Totp.verify(secret, null, now, null)).isEmpty();
  }

  @Test
  void newSecretsAre160BitsOfBase32() {
    String secret = Totp.newSecret();
    assertThat(secret).matches("[A-Z2-7]{32}");
    assertThat(Totp.decode(secret)).hasSize(20);
    assertThat(Totp.newSecret()).isNotEqualTo(secret);
  }

  @Test
  void groupsTheKeyInFours() {
    assertThat(Totp.grouped("ABCDEFGHIJKL")).isEqualTo("ABCD EFGH IJKL");
  }

  @Test
  void buildsTheAuthenticatorAddress() {
    assertThat(Totp.uri("sam.jones", "ABCD"))
        .startsWith("otpauth://totp/Harbour:sam.jones?secret=ABCD&issuer=Harbour");
  }
}
