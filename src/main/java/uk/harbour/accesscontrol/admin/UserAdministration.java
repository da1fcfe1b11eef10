package uk.harbour.accesscontrol.admin;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.NewUser;
import uk.harbour.accesscontrol.signin.UserSessions;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;
import uk.harbour.shared.UserId;

/** Administrators' changes to user accounts, each one audited ({@link AccountChanged}). */
@Service
class UserAdministration {

  private final Directory directory;
  private final UserRepository records;
  private final UserSessions userSessions;
  private final PasswordEncoder passwords;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final AccountChangeNotices notices;
  private final SignInResets resets;

  UserAdministration(
      Directory directory,
      UserRepository records,
      UserSessions userSessions,
      PasswordEncoder passwords,
      ApplicationEventPublisher events,
      Clock clock,
      AccountChangeNotices notices,
      SignInResets resets) {
    this.notices = notices;
    this.resets = resets;
    this.directory = directory;
    this.records = records;
    this.userSessions = userSessions;
    this.passwords = passwords;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Adds an account. When the person first signs in they set up their authenticator app and then
   * replace the first password, which the administrator knows, with one of their own.
   */
  @Transactional
  public UserId create(UserForm form) {
    UserId id =
        directory.createUser(
            new NewUser(
                form.normalisedUsername(),
                form.getDisplayName().strip(),
                strip(form.getEmail()),
                strip(form.getJobTitle()),
                form.agency(),
                form.manager(),
                form.roleSet(),
                form.getPassword(),
                null));
    records.requirePasswordChange(id);
    int told = notices.created(id, form.normalisedUsername(), form.roleSet(), form.manager());
    events.publishEvent(AccountChanged.created(id, form.roleSet(), told));
    return id;
  }

  /** Saves changed details and roles, unless someone else saved the user since it was opened. */
  @Transactional
  public void update(UserId id, UserForm form) {
    UserRepository.UserDetails before = existing(id);
    UserRepository.Changes changes =
        new UserRepository.Changes(
            form.normalisedUsername(),
            form.getDisplayName().strip(),
            strip(form.getEmail()),
            strip(form.getJobTitle()),
            form.agency(),
            form.manager());
    if (!records.update(id, changes, form.openedVersion())) {
      records.find(id).orElseThrow(() -> new RecordNotFoundException("user"));
      throw new StaleRecordException(null, null);
    }
    directory.setRoles(id, form.roleSet());
    int told =
        notices.changed(
            id,
            form.normalisedUsername(),
            before.roles(),
            form.roleSet(),
            before.managerId(),
            form.manager());
    events.publishEvent(AccountChanged.detailsChanged(id, form.roleSet(), form.manager(), told));
  }

  @Transactional
  public void setActive(UserId id, boolean active) {
    UserRepository.UserDetails user = existing(id);
    records.setActive(id, active);
    if (!active) {
      userSessions.endAll(user.username(), null);
    }
    events.publishEvent(AccountChanged.activeSet(id, active));
  }

  /**
   * Clears the failure counters, so the person can try again at once. It changes no factor, so it
   * needs no second person.
   */
  @Transactional
  public void unlock(UserId id) {
    existing(id);
    records.unlock(id);
    events.publishEvent(AccountChanged.unlocked(id));
  }

  /** What became of an administrator's change to someone's sign-in details. */
  enum ResetOutcome {
    /** Done at once. */
    DONE,
    /** Asked for: it waits for a data protection officer's approval. */
    AWAITING_APPROVAL,
    /** Not asked for, because a request for this account is already waiting. */
    ALREADY_WAITING
  }

  /**
   * Gives someone a new password (already checked against the policy) that they must change when
   * they next sign in, and signs them out everywhere, so only the new password works from now on.
   * On an account with no authenticator app the new password would be every factor it has, so the
   * administrator could sign in as its owner: then it is only asked for, with {@code reason}, and
   * waits for a data protection officer ({@link SignInResets}).
   */
  @Transactional
  public ResetOutcome setPassword(UserId id, String newPassword, String reason) {
    UserRepository.UserDetails user = existing(id);
    if (!user.enrolled()) {
      return resets.request(id, false, passwords.encode(newPassword), reason).isPresent()
          ? ResetOutcome.AWAITING_APPROVAL
          : ResetOutcome.ALREADY_WAITING;
    }
    records.setPassword(id, passwords.encode(newPassword), clock.instant());
    int ended = userSessions.endAll(user.username(), null);
    events.publishEvent(AccountChanged.passwordSet(id, ended));
    return ResetOutcome.DONE;
  }

  /**
   * Asks, with {@code reason}, for someone's authenticator app to be reset. It is reset only when a
   * data protection officer approves ({@link SignInResets}).
   */
  @Transactional
  public ResetOutcome requestSecondFactorReset(UserId id, String reason) {
    existing(id);
    return resets.request(id, true, null, reason).isPresent()
        ? ResetOutcome.AWAITING_APPROVAL
        : ResetOutcome.ALREADY_WAITING;
  }

  private UserRepository.UserDetails existing(UserId id) {
    return records.find(id).orElseThrow(() -> new RecordNotFoundException("user"));
  }

  private static @Nullable String strip(@Nullable String s) {
    String value = UserForm.blankToNull(s);
    return value == null ? null : value.strip();
  }
}
