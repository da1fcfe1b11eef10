package uk.harbour.web;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts round trips to PostgreSQL when {@code harbour.diagnostics.round-trips} is on (for the page
 * benchmark; off by default). A round trip is one turn of the conversation on a database
 * connection: Harbour writes, then waits for PostgreSQL's answer. {@link CountingSocketFactory}
 * counts a turn each time a connection writes after it has read, so the figure is exact whatever
 * made the turn (a query, a commit, the connection pool checking a connection, the session store).
 * Turns made by a thread serving a request are counted against that request; all others (the audit
 * writer, scheduled jobs) against the background total.
 */
public final class DatabaseRoundTrips {

  private static final ThreadLocal<long[]> REQUEST = new ThreadLocal<>();
  private static final AtomicLong BACKGROUND = new AtomicLong();

  private DatabaseRoundTrips() {}

  /** From now on, turns made by this thread count for the request it serves. */
  static void startRequest() {
    REQUEST.set(new long[1]);
  }

  /** The turns this thread made since {@link #startRequest()}; stops counting for it. */
  static long endRequest() {
    long[] count = REQUEST.get();
    REQUEST.remove();
    return count == null ? 0 : count[0];
  }

  /** Turns made outside requests since Harbour started. */
  static long background() {
    return BACKGROUND.get();
  }

  static void turn() {
    long[] count = REQUEST.get();
    if (count != null) {
      count[0]++;
    } else {
      BACKGROUND.incrementAndGet();
    }
  }
}
