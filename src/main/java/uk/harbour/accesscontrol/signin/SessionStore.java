package uk.harbour.accesscontrol.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Harbour's session store: Spring Session's PostgreSQL store with three savings that leave what a
 * session means unchanged (ADR 018; docs/benchmarks.md, "Case pages under load (issue 9)").
 *
 * <ul>
 *   <li>A session is read once per request. Spring Session saves a session as soon as the response
 *       is complete and again at the end of the request, and looks the session up again in between;
 *       the second look-up is answered with the session this request already read or saved ({@link
 *       #startRequest()} / {@link #endRequest()}, called by {@link SessionStoreConfig}'s filter,
 *       bound what is remembered to one request on one thread).
 *   <li>Reading a session is one statement, so it runs without a transaction of its own (its {@code
 *       COMMIT} was a second round trip); writes still run in one transaction.
 *   <li>The time of last use is not written by the request: it goes to {@link SessionTouches},
 *       which writes all that are waiting in the background, once a second, in one statement, and
 *       only once it has moved on by {@link #GRANULARITY} (a second). So that a session still lasts
 *       at least the idle timeout after the last request, a new session is kept for the idle
 *       timeout plus {@link #SLACK} ({@link #keptFor()}): the granularity, the writer's second, and
 *       a second for a slow write. On the server a session ends between 15 minutes and 15 minutes 3
 *       seconds after the last request; the page's own countdown waits a second longer (see {@code
 *       web.SessionTimeoutProperties}), so the sign-in page it opens finds the session ended. A
 *       change to anything else in the session is written by the request, at once.
 * </ul>
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class SessionStore implements FindByIndexNameSessionRepository<SessionStore.StoredSession> {

  private static final ThreadLocal<Map<String, StoredSession>> THIS_REQUEST = new ThreadLocal<>();

  private final FindByIndexNameSessionRepository store;
  private final SessionTransactions transactions;
  private final Duration idleTimeout;
  private final Touches touches;

  /** Where a session's later times of last use go ({@link SessionTouches} writes them). */
  interface Touches {
    void touch(String sessionId, Instant when);
  }

  SessionStore(
      FindByIndexNameSessionRepository<?> store,
      SessionTransactions transactions,
      Duration idleTimeout,
      Touches touches) {
    this.store = store;
    this.transactions = transactions;
    this.idleTimeout = idleTimeout;
    this.touches = touches;
  }

  /** How far the time of last use may move on before it is passed to the background writer. */
  static final Duration GRANULARITY = Duration.ofSeconds(1);

  /**
   * How much longer than the idle timeout a session is kept after its stored time of last use: the
   * granularity, the background writer's second, and a second for a slow write.
   */
  static final Duration SLACK = Duration.ofSeconds(3);

  /** How long a session is kept after its stored time of last use. */
  Duration keptFor() {
    return idleTimeout.plus(SLACK);
  }

  static void startRequest() {
    THIS_REQUEST.set(new HashMap<>());
  }

  static void endRequest() {
    THIS_REQUEST.remove();
  }

  @Override
  public StoredSession createSession() {
    Session created = store.createSession();
    created.setMaxInactiveInterval(keptFor());
    return new StoredSession(created, null, null);
  }

  @Override
  public void save(StoredSession session) {
    store.save(session.stored);
    session.written();
    remember(session);
  }

  @Override
  public @Nullable StoredSession findById(String id) {
    Map<String, StoredSession> seen = THIS_REQUEST.get();
    if (seen != null && seen.containsKey(id)) {
      return seen.get(id);
    }
    Session found = transactions.withoutTransaction(() -> (Session) store.findById(id));
    StoredSession session = found == null ? null : stored(found);
    if (seen != null) {
      seen.put(id, session);
    }
    return session;
  }

  @Override
  public void deleteById(String id) {
    store.deleteById(id);
    Map<String, StoredSession> seen = THIS_REQUEST.get();
    if (seen != null) {
      seen.put(id, null);
    }
  }

  @Override
  public Map<String, StoredSession> findByIndexNameAndIndexValue(
      String indexName, String indexValue) {
    Map<String, Session> found = store.findByIndexNameAndIndexValue(indexName, indexValue);
    return found.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> stored(e.getValue())));
  }

  private StoredSession stored(Session session) {
    return new StoredSession(session, GRANULARITY, touches);
  }

  /** As the store now holds it: under its id, and no longer under an id it had before. */
  private static void remember(StoredSession session) {
    Map<String, StoredSession> seen = THIS_REQUEST.get();
    if (seen != null) {
      seen.replaceAll((id, s) -> s == session ? null : s);
      seen.put(session.getId(), session);
    }
  }

  /**
   * A session as stored. A session being created keeps its time of last use itself (it is written
   * with the session); a stored one passes a later time to the background writer, only once it has
   * moved on by the granularity since the time last passed on.
   */
  static final class StoredSession implements Session {

    private final Session stored;
    private final @Nullable Duration granularity;
    private final @Nullable Touches touches;
    private Instant lastUsed;
    private Instant lastWritten;

    StoredSession(Session stored, @Nullable Duration granularity, @Nullable Touches touches) {
      this.stored = stored;
      this.granularity = granularity;
      this.touches = touches;
      this.lastUsed = stored.getLastAccessedTime();
      this.lastWritten = lastUsed;
    }

    void written() {
      if (touches == null) {
        lastWritten = stored.getLastAccessedTime();
      }
    }

    @Override
    public void setLastAccessedTime(Instant time) {
      if (touches == null) {
        stored.setLastAccessedTime(time);
      } else if (!time.isBefore(lastWritten.plus(granularity))) {
        touches.touch(getId(), time);
        lastWritten = time;
      }
      lastUsed = time;
    }

    /** When the session was last used, even if that is not written yet. */
    @Override
    public Instant getLastAccessedTime() {
      return lastUsed;
    }

    @Override
    public String getId() {
      return stored.getId();
    }

    @Override
    public String changeSessionId() {
      return stored.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String name) {
      return stored.getAttribute(name);
    }

    @Override
    public Set<String> getAttributeNames() {
      return stored.getAttributeNames();
    }

    @Override
    public void setAttribute(String name, Object value) {
      stored.setAttribute(name, value);
    }

    @Override
    public void removeAttribute(String name) {
      stored.removeAttribute(name);
    }

    @Override
    public Instant getCreationTime() {
      return stored.getCreationTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
      stored.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
      return stored.getMaxInactiveInterval();
    }

    /** Whether the session has expired as stored (what every Harbour instance would decide). */
    @Override
    public boolean isExpired() {
      return stored.isExpired();
    }
  }
}
