package uk.harbour.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a reader of one child's "who has seen this record" narrows it to. Absent parts are {@code
 * null}.
 *
 * @param userId the person who acted
 * @param action what they did (an {@code AuditAction} name)
 * @param from events at or after this instant
 * @param until events before this instant
 */
record ChildLogQuery(
    @Nullable UUID userId,
    @Nullable String action,
    @Nullable Instant from,
    @Nullable Instant until) {

  static final ChildLogQuery EVERYTHING = new ChildLogQuery(null, null, null, null);

  boolean narrowed() {
    return userId != null || action != null || from != null || until != null;
  }
}
