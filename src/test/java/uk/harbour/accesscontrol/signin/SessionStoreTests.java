package uk.harbour.accesscontrol.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;

/**
 * A stored session's time of last use goes to the background writer only once it has moved on by
 * the granularity, so most requests write nothing; the session still reports its true last use. A
 * session being created keeps the time itself (it is written with the session).
 */
class SessionStoreTests {

  private final java.util.List<Instant> touched = new java.util.ArrayList<>();
  private final SessionStore.Touches touches = (id, when) -> touched.add(when);

  private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
  private static final Duration GRANULARITY = SessionStore.GRANULARITY;

  @Test
  void aRequestWithinTheGranularityWritesNothing() {
    MapSession stored = new MapSession();
    stored.setLastAccessedTime(T0);
    SessionStore.StoredSession session =
        new SessionStore.StoredSession(stored, GRANULARITY, touches);

    session.setLastAccessedTime(T0.plusMillis(999));

    assertThat(touched).isEmpty();
    assertThat(stored.getLastAccessedTime()).isEqualTo(T0);
    assertThat(session.getLastAccessedTime()).isEqualTo(T0.plusMillis(999));
  }

  @Test
  void aRequestAtTheGranularityOrLaterGoesToTheBackgroundWriter() {
    MapSession stored = new MapSession();
    stored.setLastAccessedTime(T0);
    SessionStore.StoredSession session =
        new SessionStore.StoredSession(stored, GRANULARITY, touches);

    session.setLastAccessedTime(T0.plusSeconds(1));
    session.setLastAccessedTime(T0.plusMillis(1500));
    session.setLastAccessedTime(T0.plusMillis(2100));

    assertThat(touched).containsExactly(T0.plusSeconds(1), T0.plusMillis(2100));
    assertThat(stored.getLastAccessedTime()).as("never changed by the request").isEqualTo(T0);
  }

  @Test
  void aSessionBeingCreatedKeepsItsTimeItself() {
    MapSession stored = new MapSession();
    stored.setLastAccessedTime(T0);
    SessionStore.StoredSession session = new SessionStore.StoredSession(stored, null, null);

    session.setLastAccessedTime(T0.plusSeconds(1));

    assertThat(stored.getLastAccessedTime()).isEqualTo(T0.plusSeconds(1));
  }

  @Test
  void aNewSessionIsKeptForTheIdleTimeoutPlusThreeSeconds() {
    MapSession created = new MapSession();
    var store =
        new org.springframework.session.MapSessionRepository(new java.util.HashMap<>()) {
          @Override
          public MapSession createSession() {
            return created;
          }
        };
    SessionStore sessions =
        new SessionStore(
            new IndexedMapStore(store),
            new SessionTransactions(() -> null),
            Duration.ofMinutes(15),
            touches);

    SessionStore.StoredSession session = sessions.createSession();

    assertThat(session.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(15).plusSeconds(3));
  }

  @Test
  void withinOneRequestASessionIsReadOnceAndAfterItIsReadAgain() {
    var backing = new java.util.HashMap<String, org.springframework.session.Session>();
    var counting = new CountingStore(new org.springframework.session.MapSessionRepository(backing));
    SessionStore sessions =
        new SessionStore(
            counting,
            new SessionTransactions(
                () ->
                    org.springframework.transaction.support.TransactionOperations
                        .withoutTransaction()),
            Duration.ofMinutes(15),
            touches);
    SessionStore.StoredSession created = sessions.createSession();
    sessions.save(created);

    SessionStore.startRequest();
    try {
      sessions.findById(created.getId());
      sessions.save(sessions.findById(created.getId()));
      sessions.findById(created.getId());
      assertThat(counting.reads).isEqualTo(1);
    } finally {
      SessionStore.endRequest();
    }
    sessions.findById(created.getId());
    assertThat(counting.reads).isEqualTo(2);

    SessionStore.startRequest();
    try {
      sessions.deleteById(created.getId());
      assertThat(sessions.findById(created.getId())).isNull();
    } finally {
      SessionStore.endRequest();
    }
  }

  /** A map store that also answers look-ups by index (none), as the PostgreSQL store does. */
  private static class IndexedMapStore
      implements org.springframework.session.FindByIndexNameSessionRepository<MapSession> {
    final org.springframework.session.MapSessionRepository store;

    IndexedMapStore(org.springframework.session.MapSessionRepository store) {
      this.store = store;
    }

    @Override
    public MapSession createSession() {
      return store.createSession();
    }

    @Override
    public void save(MapSession session) {
      store.save(session);
    }

    @Override
    public MapSession findById(String id) {
      return store.findById(id);
    }

    @Override
    public void deleteById(String id) {
      store.deleteById(id);
    }

    @Override
    public java.util.Map<String, MapSession> findByIndexNameAndIndexValue(
        String indexName, String indexValue) {
      return java.util.Map.of();
    }
  }

  /** Counts the look-ups that reach the store. */
  private static final class CountingStore extends IndexedMapStore {
    int reads;

    CountingStore(org.springframework.session.MapSessionRepository store) {
      super(store);
    }

    @Override
    public MapSession findById(String id) {
      reads++;
      return super.findById(id);
    }
  }
}
