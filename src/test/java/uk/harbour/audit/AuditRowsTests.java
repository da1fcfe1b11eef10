package uk.harbour.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Repeated rows are grouped: the same person doing the same thing to the same record within a short
 * period is one row ("viewed 7 times between 10:02 and 10:31"), whatever else happened meanwhile; a
 * longer pause, another action, record, outcome or person starts a new row. Pages hold a number of
 * rows, newest first, and every event is on exactly one page.
 */
class AuditRowsTests {

  static final Instant T = Instant.parse("2026-03-03T10:00:00Z");
  static final UUID RHYS = UUID.randomUUID();
  static final UUID PRIYA = UUID.randomUUID();

  long seq = 1000;

  @Test
  void sevenViewsOfOneRecordByOnePersonWithinHalfAnHourAreOneRow() {
    List<StoredEvent> events = new ArrayList<>();
    int[] minutes = {2, 6, 11, 15, 20, 27, 31};
    for (int m : minutes) {
      events.add(event(RHYS, "VIEW", "child", "c1", m));
      events.add(event(PRIYA, "VIEW", "child", "c1", m)); // someone else meanwhile
    }

    AuditRows.Page page = page(events, 1, 50);

    assertThat(page.groups()).hasSize(2);
    AuditRows.Group rhys =
        page.groups().stream().filter(g -> g.first().userId() == RHYS).findFirst().orElseThrow();
    assertThat(rhys.times()).isEqualTo(7);
    assertThat(rhys.oldest()).isEqualTo(T.plusSeconds(2 * 60));
    assertThat(rhys.newest()).isEqualTo(T.plusSeconds(31 * 60));
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  void aLongerPauseAnotherActionRecordOrOutcomeStartsANewRow() {
    List<StoredEvent> events =
        List.of(
            event(RHYS, "VIEW", "child", "c1", 0),
            event(RHYS, "VIEW", "child", "c1", 10),
            event(RHYS, "VIEW", "child", "c1", 50), // 40 minutes later
            event(RHYS, "CHANGE", "child", "c1", 51),
            event(RHYS, "VIEW", "child", "c2", 52),
            denied(event(RHYS, "VIEW", "child", "c1", 53)));

    AuditRows.Page page = page(events, 1, 50);

    assertThat(page.groups()).extracting(AuditRows.Group::times).containsExactly(1, 1, 1, 1, 2);
    assertThat(page.groups().get(0).first().outcome()).isEqualTo("DENIED");
  }

  @Test
  void pagesHoldTheRowsAskedForAndEveryEventIsOnOnePage() {
    List<StoredEvent> events = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      events.add(event(RHYS, "VIEW", "child", "c" + i, i));
      events.add(event(RHYS, "VIEW", "child", "c" + i, i));
    }

    AuditRows.Page one = page(events, 1, 2);
    AuditRows.Page two = page(events, 2, 2);
    AuditRows.Page three = page(events, 3, 2);

    assertThat(one.groups()).extracting(g -> g.first().recordId()).containsExactly("c4", "c3");
    assertThat(two.groups()).extracting(g -> g.first().recordId()).containsExactly("c2", "c1");
    assertThat(three.groups()).extracting(g -> g.first().recordId()).containsExactly("c0");
    assertThat(one.hasNext()).isTrue();
    assertThat(two.hasNext()).isTrue();
    assertThat(three.hasNext()).isFalse();
    int total = 0;
    for (AuditRows.Page p : List.of(one, two, three)) {
      total += p.groups().stream().mapToInt(AuditRows.Group::times).sum();
    }
    assertThat(total).isEqualTo(10);
    assertThat(page(events, 4, 2).groups()).isEmpty();
  }

  @Test
  void eventsWithoutAUserAreGroupedByUsername() {
    List<StoredEvent> events =
        List.of(
            event(null, "LOGIN_FAILED", null, null, 1, "bob"),
            event(null, "LOGIN_FAILED", null, null, 2, "bob"),
            event(null, "LOGIN_FAILED", null, null, 3, "alice"));

    assertThat(page(events, 1, 50).groups())
        .extracting(AuditRows.Group::times)
        .containsExactly(1, 2);
  }

  /** Events are given newest first, as the database reads them. */
  private static AuditRows.Page page(List<StoredEvent> oldestFirst, int page, int size) {
    List<StoredEvent> newestFirst = new ArrayList<>(oldestFirst);
    java.util.Collections.reverse(newestFirst);
    return AuditRows.page(
        (after, limit) -> {
          int from = after == null ? 0 : newestFirst.indexOf(after) + 1;
          return newestFirst.subList(from, Math.min(newestFirst.size(), from + limit));
        },
        page,
        size);
  }

  private StoredEvent event(UUID user, String action, String type, String id, int minute) {
    return event(user, action, type, id, minute, user == RHYS ? "kw.jones" : "sw.taylor");
  }

  private StoredEvent event(
      UUID user, String action, String type, String id, int minute, String username) {
    return new StoredEvent(
        seq++,
        UUID.randomUUID(),
        T.plusSeconds(minute * 60L),
        user,
        username,
        null,
        "Northbridge Children's Social Care",
        "KEY_WORKER",
        action,
        type,
        id,
        "SUCCEEDED",
        "192.0.2.1",
        null,
        null,
        null,
        null,
        null);
  }

  private static StoredEvent denied(StoredEvent e) {
    return StoredEvents.withOutcome(e, "DENIED");
  }
}
