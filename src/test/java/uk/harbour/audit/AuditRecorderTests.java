package uk.harbour.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.harbour.shared.AgencyId;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

class AuditRecorderTests {

  private static final Instant NOW = Instant.parse("2026-03-14T09:26:53.589793238Z");

  private final CapturingLog log = new CapturingLog();
  private final SignedIn signedIn = new SignedIn();
  private static final UUID CASE_CHILD = UUID.fromString("00000000-0000-4000-8000-00000000000c");
  private final AuditRecorder recorder =
      new AuditRecorder(
          log,
          entries ->
              entries.forEach(e -> log.indexChildren(log.append(e.event()).seq(), e.children())),
          signedIn,
          Clock.fixed(NOW, ZoneOffset.UTC),
          List.of(
              (type, id) ->
                  type.equals("case")
                      ? java.util.Optional.of(new ChildId(CASE_CHILD))
                      : java.util.Optional.empty()));

  @AfterEach
  void clear() {
    signedIn.actor = null;
    RequestContextHolder.resetRequestAttributes();
  }

  @Test
  void recordsWhoWhatWhenWhereAndWhy() {
    AuditDirectory.Actor user =
        new AuditDirectory.Actor(
            new UserId(UUID.randomUUID()),
            "sam.key-worker",
            new AgencyId(UUID.randomUUID()),
            "Northtown Children's Services",
            Set.of("TEAM_MANAGER", "KEY_WORKER"),
            false);
    signedIn.actor = user;
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr("203.0.113.7");
    MockHttpSession session = new MockHttpSession(null, "session-1234");
    request.setSession(session);
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

    record(
        Audited.succeeded(AuditAction.BREAK_GLASS, "child", "c-42")
            .withReason("Police asked for the address tonight")
            .withDetail("1 result"));

    StoredEvent e = log.only();
    assertThat(e.userId()).isEqualTo(user.id().value());
    assertThat(e.username()).isEqualTo("sam.key-worker");
    assertThat(e.agencyId()).isEqualTo(user.agencyId().value());
    assertThat(e.agencyName()).isEqualTo("Northtown Children's Services");
    assertThat(e.roles()).isEqualTo("KEY_WORKER,TEAM_MANAGER");
    assertThat(e.action()).isEqualTo("BREAK_GLASS");
    assertThat(e.recordType()).isEqualTo("child");
    assertThat(e.recordId()).isEqualTo("c-42");
    assertThat(e.outcome()).isEqualTo("SUCCEEDED");
    assertThat(e.reason()).isEqualTo("Police asked for the address tonight");
    assertThat(e.detail()).isEqualTo("1 result");
    assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-03-14T09:26:53.589793Z"));
    assertThat(e.ipAddress()).isEqualTo("203.0.113.7");
    assertThat(e.sessionRef())
        .isEqualTo(AuditHash.sha256Hex("session-1234"))
        .doesNotContain("session-1234");
    assertThat(e.id()).isNotNull();
  }

  @Test
  void recordsAnonymousWhenNobodyIsSignedInAndNoRequest() {
    record(Audited.denied(AuditAction.LOGIN_FAILED, "user", null));

    StoredEvent e = log.only();
    assertThat(e.username()).isEqualTo("anonymous");
    assertThat(e.userId()).isNull();
    assertThat(e.agencyId()).isNull();
    assertThat(e.agencyName()).isNull();
    assertThat(e.roles()).isNull();
    assertThat(e.ipAddress()).isNull();
    assertThat(e.sessionRef()).isNull();
    assertThat(e.outcome()).isEqualTo("DENIED");
  }

  @Test
  void leavesTheSessionOutWhenTheRequestHasNone() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr("198.51.100.20");
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

    record(Audited.succeeded(AuditAction.SEARCH, "child", null));

    assertThat(log.only().ipAddress()).isEqualTo("198.51.100.20");
    assertThat(log.only().sessionRef()).isNull();
    assertThat(request.getSession(false)).isNull();
  }

  /** Records the event in a transaction of its own that commits. */
  private void record(Audited event) {
    inTransaction(() -> recorder.record(event));
  }

  private static void inTransaction(Runnable work) {
    TransactionSynchronizationManager.initSynchronization();
    try {
      work.run();
      List<TransactionSynchronization> all =
          TransactionSynchronizationManager.getSynchronizations();
      all.forEach(s -> s.beforeCommit(false));
      all.forEach(TransactionSynchronization::afterCommit);
    } finally {
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  /** Who the directory says is acting: nobody until a test says otherwise. */
  private static final class SignedIn implements AuditDirectory {

    AuditDirectory.@org.jspecify.annotations.Nullable Actor actor;

    @Override
    public Optional<Actor> current() {
      return Optional.ofNullable(actor);
    }

    @Override
    public List<Person> withIds(Collection<UserId> ids) {
      return List.of();
    }

    @Override
    public Optional<Person> withUsername(String username) {
      return Optional.empty();
    }

    @Override
    public List<Person> everyone() {
      return List.of();
    }

    @Override
    public Map<String, String> agencyNames() {
      return Map.of();
    }
  }

  /** Keeps what would have been written. */
  @Test
  void namesTheChildrenAListShowedAndTheChildOfACaseSortedAndIndexesThemAll() {
    UUID a = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    UUID b = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    record(
        Audited.succeeded(AuditAction.EXPORT, "case", UUID.randomUUID())
            .withChildren(List.of(new ChildId(b), new ChildId(a), new ChildId(b))));
    assertThat(log.only().childIds()).isEqualTo(a + "," + b + "," + CASE_CHILD);
    assertThat(log.indexed.get(0)).containsExactlyInAnyOrder(a, b, CASE_CHILD);
  }

  @Test
  void aChildsOwnRecordIsIndexedWithoutRepeatingItInTheHashedList() {
    UUID child = UUID.randomUUID();
    record(
        Audited.succeeded(AuditAction.VIEW, "child", child)
            .withChildren(List.of(new ChildId(child))));
    assertThat(log.only().childIds()).isNull();
    assertThat(log.indexed.get(0)).containsExactly(child);
  }

  @Test
  void aListShowingNobodyIndexesNothing() {
    record(Audited.succeeded(AuditAction.SEARCH, "child", null));
    assertThat(log.only().childIds()).isNull();
    assertThat(log.indexed.get(0)).isEmpty();
  }

  @Test
  void aTypedEventIsStoredAsItsAuditRecordsInOrderExactlyAsIfEachWerePublished() {
    UUID caseId = UUID.randomUUID();
    Audited first =
        Audited.succeeded(AuditAction.CREATE, "case", caseId).withDetail("child " + CASE_CHILD);
    Audited second =
        Audited.succeeded(AuditAction.CHANGE, "case", caseId).withDetail("concern added: CON-1");
    record(first);
    record(second);
    List<StoredEvent> published = List.copyOf(log.appended);
    log.appended.clear();

    inTransaction(() -> recorder.record((AuditedEvent) () -> List.of(first, second)));

    assertThat(log.appended).hasSize(2);
    for (int i = 0; i < 2; i++) {
      StoredEvent typed = log.appended.get(i);
      StoredEvent plain = published.get(i);
      assertThat(typed.action()).isEqualTo(plain.action());
      assertThat(typed.recordType()).isEqualTo(plain.recordType());
      assertThat(typed.recordId()).isEqualTo(plain.recordId());
      assertThat(typed.outcome()).isEqualTo(plain.outcome());
      assertThat(typed.detail()).isEqualTo(plain.detail());
      assertThat(typed.childIds()).isEqualTo(plain.childIds());
    }
  }

  static final class CapturingLog extends AuditLogRepository {
    private final List<StoredEvent> appended = new ArrayList<>();

    CapturingLog() {
      super(null, null);
    }

    private final List<java.util.Collection<UUID>> indexed = new ArrayList<>();

    @Override
    StoredEvent append(StoredEvent event) {
      appended.add(event);
      return event;
    }

    @Override
    void indexChildren(long seq, java.util.Collection<UUID> children) {
      indexed.add(List.copyOf(children));
    }

    StoredEvent only() {
      assertThat(appended).hasSize(1);
      return appended.get(0);
    }
  }
}
