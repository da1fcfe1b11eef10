package uk.harbour.accesscontrol;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.jspecify.annotations.Nullable;

/**
 * Time-based one-time passwords (RFC 6238) with HMAC-SHA1, a 30-second step and six digits: the
 * second factor every Harbour account has.
 */
public final class Totp {

  public static final int DIGITS = 6;
  public static final long STEP_SECONDS = 30;

  /** Steps either side of now that are still accepted, for clocks that drift a little. */
  static final int WINDOW = 1;

  private static final int SECRET_BYTES = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  /** A new 160-bit secret, Base32 without padding (32 characters). */
  public static String newSecret() {
    byte[] bytes = new byte[SECRET_BYTES];
    RANDOM.nextBytes(bytes);
    return new Base32().encodeAsString(bytes).replace("=", "");
  }

  /** The step that {@code time} falls in. */
  public static long stepAt(Instant time) {
    return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
  }

  /** The six-digit code for a Base32 secret at a step. */
  public static String code(String base32Secret, long step) {
    return code(decode(base32Secret), step, DIGITS);
  }

  /** The code for a raw key at a step (RFC 6238 section 4, HMAC-SHA1). */
  static String code(byte[] key, long step, int digits) {
    byte[] hash = hmacSha1(key, ByteBuffer.allocate(8).putLong(step).array());
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    int otp = binary % (int) Math.pow(10, digits);
    return String.format(Locale.ROOT, "%0" + digits + "d", otp);
  }

  /**
   * Checks a typed code against the secret at {@code now}, allowing one step either side. A step at
   * or before {@code lastUsedStep} is refused so a code cannot be used twice.
   *
   * @return the matching step, or empty if the code is wrong, malformed or replayed
   */
  public static OptionalLong verify(
      String base32Secret, @Nullable String typed, Instant now, @Nullable Long lastUsedStep) {
    String code = normalise(typed);
    if (code == null) {
      return OptionalLong.empty();
    }
    byte[] key = decode(base32Secret);
    long current = stepAt(now);
    for (long step = current - WINDOW; step <= current + WINDOW; step++) {
      if (lastUsedStep != null && step <= lastUsedStep) {
        continue;
      }
      if (MessageDigest.isEqual(code(key, step, DIGITS).getBytes(), code.getBytes())) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  /** The code without spaces or hyphens if it is six digits, otherwise {@code null}. */
  public static @Nullable String normalise(@Nullable String typed) {
    if (typed == null || typed.length() > 20) {
      return null;
    }
    String code = typed.replaceAll("[\\s-]", "");
    return code.matches("\\d{" + DIGITS + "}") ? code : null;
  }

  /** The secret in groups of four characters, easier to type into an authenticator app. */
  public static String grouped(String base32Secret) {
    return base32Secret.replaceAll("(.{4})(?!$)", "$1 ");
  }

  /** The address an authenticator app reads from the QR code. */
  public static String uri(String username, String base32Secret) {
    String label = java.net.URLEncoder.encode(username, java.nio.charset.StandardCharsets.UTF_8);
    return "otpauth://totp/Harbour:"
        + label.replace("+", "%20")
        + "?secret="
        + base32Secret
        + "&issuer=Harbour&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + STEP_SECONDS;
  }

  static byte[] decode(String base32Secret) {
    return new Base32().decode(base32Secret.toUpperCase(Locale.ROOT));
  }

  private static byte[] hmacSha1(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "RAW"));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is not available", e);
    }
  }
}
