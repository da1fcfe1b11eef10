package uk.harbour.accesscontrol.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-in attempts per source address in the current window, counted in PostgreSQL so that
 * every Harbour instance shares the count (as the public report's limit does). The address is the
 * one Harbour already believes for the request (see HARBOUR_TRUSTED_PROXIES). It is not stored
 * here: only a SHA-256 of it with a random salt the database holds, and rows go once their window
 * has passed.
 */
@Repository
class AddressFailureRepository {

  private final JdbcClient jdbc;
  private final SignInLimits limits;
  private volatile String salt;

  AddressFailureRepository(JdbcClient jdbc, SignInLimits limits) {
    this.jdbc = jdbc;
    this.limits = limits;
  }

  /** Whether this address has used up its failures for the window that {@code now} is in. */
  boolean limited(String address, Instant now) {
    return failures(address, now) >= limits.addressFailureLimit();
  }

  int failures(String address, Instant now) {
    return jdbc.sql(
            "SELECT failures FROM sign_in_address_failures WHERE address_hash = ?"
                + " AND window_start = ?")
        .params(hash(address), Timestamp.from(windowStart(now)))
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  /** Counts one failure; atomic across instances, so two at the same moment are both counted. */
  void count(String address, Instant now) {
    Timestamp window = Timestamp.from(windowStart(now));
    jdbc.sql("DELETE FROM sign_in_address_failures WHERE window_start < ?").param(window).update();
    jdbc.sql(
            """
            INSERT INTO sign_in_address_failures (address_hash, window_start, failures)
            VALUES (?, ?, 1)
            ON CONFLICT (address_hash, window_start)
            DO UPDATE SET failures = sign_in_address_failures.failures + 1
            """)
        .params(hash(address), window)
        .update();
  }

  private Instant windowStart(Instant now) {
    long size = Math.max(1, limits.addressWindow().toMillis());
    return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
  }

  private String hash(String address) {
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
      s =
          jdbc.sql("SELECT salt FROM sign_in_address_salt WHERE id = 1")
              .query(String.class)
              .single();
      salt = s;
    }
    return s;
  }
}
