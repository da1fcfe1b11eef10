package uk.harbour.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * How a client address is kept when it must be counted but not stored: the SHA-256 of a random salt
 * the database holds, a zero byte and the address, in hex. The salt is read once, on first use.
 */
public final class AddressHash {

  private final Supplier<String> saltSource;
  private volatile @Nullable String salt;

  /** Hashes with the salt that {@code saltSource} reads, asked for once. */
  public AddressHash(Supplier<String> saltSource) {
    this.saltSource = saltSource;
  }

  /** The salted SHA-256 of the address, in hex. */
  public String of(@Nullable String address) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String salt() {
    String s = salt;
    if (s == null) {
      s = saltSource.get();
      salt = s;
    }
    return s;
  }
}
