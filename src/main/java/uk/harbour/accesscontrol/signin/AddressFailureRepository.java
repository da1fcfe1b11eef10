package uk.harbour.accesscontrol.signin;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.AddressHash;

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
  private final AddressHash hash = new AddressHash(this::salt);

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
        .params(hash.of(address), Timestamp.from(windowStart(now)))
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
        .params(hash.of(address), window)
        .update();
  }

  private Instant windowStart(Instant now) {
    long size = Math.max(1, limits.addressWindow().toMillis());
    return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
  }

  private String salt() {
    return jdbc.sql("SELECT salt FROM sign_in_address_salt WHERE id = 1")
        .query(String.class)
        .single();
  }
}
