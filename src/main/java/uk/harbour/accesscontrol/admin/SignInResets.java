package uk.harbour.accesscontrol.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.signin.SignedInAfterReset;
import uk.harbour.accesscontrol.signin.UserSessions;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.UserId;

/**
 * Resets of sign-in details that need a second person. An administrator asks; a data protection
 * officer who is neither the one who asked nor the account's owner approves or refuses, with a
 * reason; only an approval changes the account. Every step is audited, and the officers, the
 * account's owner and their line manager are told ({@link SignInResetNotices}). See docs/adr/011.
 */
@Service
public class SignInResets {

  static final String RECORD_TYPE = "sign-in-reset";

  /** What became of a decision. */
  public enum Decision {
    DONE,
    /** Someone decided it first, or it changed since the page was opened. */
    STALE,
    /** The officer asked for it themselves. */
    OWN_REQUEST,
    /** It is a reset of the officer's own account. */
    OWN_ACCOUNT
  }

  private final SignInResetRepository records;
  private final UserRepository users;
  private final UserSessions sessions;
  private final SignInResetNotices notices;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SignInResets(
      SignInResetRepository records,
      UserRepository users,
      UserSessions sessions,
      SignInResetNotices notices,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      Clock clock) {
    this.records = records;
    this.users = users;
    this.sessions = sessions;
    this.notices = notices;
    this.currentUser = currentUser;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Asks for a reset of {@code user}'s second factor, or a new password (already hashed), or both;
   * nothing changes until an officer approves. Empty if the account already has a request waiting.
   */
  @Transactional
  Optional<UUID> request(UserId user, boolean secondFactor, String passwordHash, String reason) {
    HarbourUser admin = currentUser.require();
    UUID id = UUID.randomUUID();
    if (!records.insert(
        id, user, secondFactor, passwordHash, reason, admin.id(), clock.instant())) {
      return Optional.empty();
    }
    SignInReset reset = records.find(id).orElseThrow();
    int told = notices.requested(reset);
    events.publishEvent(SignInResetRequested.of(reset, reason, told));
    return Optional.of(id);
  }

  /** The officer's approval: the reset takes effect now, and the owner's sessions end. */
  @Transactional
  public Decision approve(UUID id, int version, String note) {
    return decide(id, version, note, true);
  }

  /** The officer's refusal, with their reason: nothing about the account changes. */
  @Transactional
  public Decision refuse(UUID id, int version, String note) {
    return decide(id, version, note, false);
  }

  public Optional<SignInReset> find(UUID id) {
    return records.find(id);
  }

  public List<SignInReset> awaiting() {
    return records.awaiting();
  }

  public List<SignInReset> decided(int limit) {
    return records.decided(limit);
  }

  public Optional<SignInReset> awaitingFor(UserId user) {
    return records.awaitingFor(user);
  }

  /** The latest approved reset of this account, for its owner's notice. */
  public Optional<SignInReset> lastApproved(UserId user) {
    return records.lastApproved(user);
  }

  /** The first complete sign-in after an approved reset: the owner and their manager are told. */
  @EventListener
  void firstSignIn(SignedInAfterReset event) {
    Instant now = clock.instant();
    records.firstSignIn(event.reset(), now);
    records.find(event.reset()).ifPresent(reset -> notices.firstSignIn(reset, now));
  }

  private Decision decide(UUID id, int version, String note, boolean approve) {
    HarbourUser officer = currentUser.require();
    if (!officer.has(Role.DATA_PROTECTION_OFFICER)) {
      throw new AccessDeniedException("Data protection officers only");
    }
    SignInReset before =
        records.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE));
    if (officer.id().equals(before.requestedBy())) {
      return refusedDecision(before, "asked for it themselves", Decision.OWN_REQUEST);
    }
    if (officer.id().equals(before.userId())) {
      return refusedDecision(before, "a reset of their own account", Decision.OWN_ACCOUNT);
    }
    Optional<String> passwordHash = records.lockAwaiting(id, version);
    if (passwordHash.isEmpty()) {
      return Decision.STALE;
    }
    Instant now = clock.instant();
    records.decide(
        id,
        approve ? SignInReset.Status.APPROVED : SignInReset.Status.REFUSED,
        officer.id(),
        now,
        note);
    SignInResetDecided.Applied applied =
        approve ? apply(before, passwordHash.get(), officer, now) : null;
    SignInReset decided = records.find(id).orElseThrow();
    int told = notices.decided(decided);
    events.publishEvent(SignInResetDecided.of(decided, note, applied, told));
    return Decision.DONE;
  }

  /** Changes the account as the request asked, and ends every session it has. */
  private SignInResetDecided.Applied apply(
      SignInReset reset, String passwordHash, HarbourUser officer, Instant now) {
    if (reset.password()) {
      users.setPassword(reset.userId(), passwordHash, now);
    }
    if (reset.secondFactor()) {
      users.resetSecondFactor(reset.userId());
    }
    users.showResetAtNextSignIn(reset.userId(), reset.id());
    int ended = sessions.endAll(reset.username(), null);
    return new SignInResetDecided.Applied(
        SignInResetRepository.person(officer.displayName(), officer.username()), ended);
  }

  private Decision refusedDecision(SignInReset reset, String why, Decision decision) {
    events.publishEvent(
        Audited.denied(AuditAction.ACCESS_DENIED, RECORD_TYPE, reset.id())
            .withDetail("not allowed to decide: " + why));
    return decision;
  }
}
