package uk.harbour.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups audit events into the rows people read: the same person doing the same thing (action and
 * outcome) to the same record, with the same reason, each time within {@link #WITHIN} of the
 * previous, is one row ("viewed 7 times between 10:02 and 10:31"), whatever others did meanwhile.
 * Events are read newest first, a chunk at a time, so a page costs the events on it (and those of
 * the pages before it), never the whole trail.
 *
 * <p>A page holds {@code size} rows. It ends where an event would start one row too many; that
 * event, and every later one, belongs to the next page, so each event is on exactly one page (a row
 * that goes on past the end of a page continues as a row of the next). A page also ends after
 * {@link #MAX_EVENTS} events, so no page costs more than that.
 */
final class AuditRows {

  /** How close in time two events must be to share a row. */
  static final Duration WITHIN = Duration.ofMinutes(30);

  /** The most events one page reads. */
  static final int MAX_EVENTS = 10_000;

  private static final int CHUNK = 500;

  private AuditRows() {}

  /** Reads the next events, newest first, after {@code after} (null: from the newest). */
  interface Source {
    List<StoredEvent> after(StoredEvent after, int limit);
  }

  /** One page (numbered from 1) of rows, newest first. */
  static Page page(Source source, int page, int size) {
    int current = 1;
    Grouper grouper = new Grouper(size);
    StoredEvent last = null;
    while (true) {
      List<StoredEvent> chunk = source.after(last, CHUNK);
      for (StoredEvent event : chunk) {
        if (!grouper.add(event)) {
          if (current == page) {
            return new Page(grouper.groups(), true);
          }
          current++;
          grouper = new Grouper(size);
          grouper.add(event);
        }
      }
      if (chunk.size() < CHUNK) {
        return current == page ? new Page(grouper.groups(), false) : new Page(List.of(), false);
      }
      last = chunk.get(chunk.size() - 1);
    }
  }

  /** The rows of one page and whether another follows. */
  record Page(List<Group> groups, boolean hasNext) {}

  /** What events must share to be one row. */
  record Key(
      String person,
      String action,
      String outcome,
      String recordType,
      String recordId,
      String reason) {

    static Key of(StoredEvent e) {
      String person = e.userId() != null ? e.userId().toString() : "username:" + e.username();
      return new Key(person, e.action(), e.outcome(), e.recordType(), e.recordId(), e.reason());
    }
  }

  /** One row: its newest event (who, what, where) and how many times, from when to when. */
  static final class Group {
    private final StoredEvent first;
    private Instant oldest;
    private Instant newest;
    private int times;
    private final Set<String> addresses = new LinkedHashSet<>();

    Group(StoredEvent first) {
      this.first = first;
      this.oldest = first.occurredAt();
      this.newest = first.occurredAt();
      add(first);
      times = 1;
    }

    private void add(StoredEvent e) {
      if (e.ipAddress() != null && addresses.size() < 2) {
        addresses.add(e.ipAddress());
      }
    }

    boolean takes(StoredEvent e) {
      return !e.occurredAt().isBefore(oldest.minus(WITHIN))
          && !e.occurredAt().isAfter(newest.plus(WITHIN));
    }

    void join(StoredEvent e) {
      times++;
      add(e);
      if (e.occurredAt().isBefore(oldest)) {
        oldest = e.occurredAt();
      }
      if (e.occurredAt().isAfter(newest)) {
        newest = e.occurredAt();
      }
    }

    /** The newest event of the row, which says who did what to which record. */
    StoredEvent first() {
      return first;
    }

    Instant oldest() {
      return oldest;
    }

    Instant newest() {
      return newest;
    }

    int times() {
      return times;
    }

    /** Whether the row's events came from more than one IP address. */
    boolean severalAddresses() {
      return addresses.size() > 1;
    }
  }

  /** Builds the rows of one page. */
  static final class Grouper {
    private final int size;
    private final List<Group> groups = new ArrayList<>();
    private final Map<Key, Group> open = new HashMap<>();
    private int events;

    Grouper(int size) {
      this.size = size;
    }

    /** Adds the event; false when it belongs to the next page (nothing is added then). */
    boolean add(StoredEvent event) {
      if (events >= MAX_EVENTS) {
        return false;
      }
      Key key = Key.of(event);
      Group group = open.get(key);
      if (group != null && group.takes(event)) {
        group.join(event);
      } else {
        if (groups.size() >= size) {
          return false;
        }
        Group started = new Group(event);
        groups.add(started);
        open.put(key, started);
      }
      events++;
      return true;
    }

    List<Group> groups() {
      return List.copyOf(groups);
    }
  }
}
