package uk.harbour.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Intelligence networks written straight into the database, for tests of pages that show a network
 * too big for one page. All data synthetic.
 */
public final class TestNetworks {

  private TestNetworks() {}

  /**
   * An adult linked to {@code others} adults ("Adult TAG 00" onwards) by one submission; the first
   * of them is linked in turn to three vehicles and a child. The adult's entry id.
   */
  public static UUID hub(JdbcClient jdbc, String tag, int others, UUID child) {
    UUID submission = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO intel_submission (id, reference, status, submitted_by, submitted_by_name,
              submitted_by_agency, what_known, created_at, updated_at, submitted_at, version,
              request_key)
            SELECT ?, ?, 'SUBMITTED', id, display_name, 'Police', 'Synthetic test network',
                   now(), now(), now(), 1, ? FROM app_user WHERE username = 'intel.patel'
            """)
        .params(submission, "INT-T" + tag, UUID.randomUUID())
        .update();
    UUID hub = entity(jdbc, "PERSON", "Hub " + tag);
    List<UUID> linked = new ArrayList<>();
    for (int i = 0; i < others; i++) {
      linked.add(entity(jdbc, "PERSON", String.format("Adult %s %02d", tag, i)));
    }
    linked.forEach(o -> link(jdbc, "PERSON", hub, "PERSON", o, submission));
    UUID busy = linked.get(0);
    for (int i = 0; i < 3; i++) {
      link(
          jdbc,
          "PERSON",
          busy,
          "VEHICLE",
          entity(jdbc, "VEHICLE", "ZZ" + i + " " + tag),
          submission);
    }
    link(jdbc, "PERSON", busy, "CHILD", child, submission);
    return hub;
  }

  private static UUID entity(JdbcClient jdbc, String kind, String label) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO intel_entity (id, kind, label, name, created_at, created_by_name, version)"
                + " VALUES (?, ?, ?, ?, now(), 'Test', 1)")
        .params(id, kind, label, label)
        .update();
    return id;
  }

  private static void link(
      JdbcClient jdbc, String fromKind, UUID from, String toKind, UUID to, UUID submission) {
    jdbc.sql(
            "INSERT INTO intel_link (id, from_kind, from_id, to_kind, to_id, submission_id,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, now())")
        .params(UUID.randomUUID(), fromKind, from, toKind, to, submission)
        .update();
  }
}
