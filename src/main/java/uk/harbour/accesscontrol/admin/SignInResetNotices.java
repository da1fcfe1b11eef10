package uk.harbour.accesscontrol.admin;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Notifications;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.signin.PasswordChangeRequired;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.UserId;

/**
 * Tells people inside Harbour about a request to reset someone's sign-in details: every data
 * protection officer (one of whom must decide it), the account's owner and their line manager, at
 * the request, at the decision, and at the first sign-in after an approved reset. Nobody is told
 * about their own action.
 */
@Component
class SignInResetNotices {

  static final String KIND = "SIGN_IN_RESET";

  private final Directory directory;
  private final Notifications notifications;
  private final MessageSource messages;
  private final DisplayDates dates;

  SignInResetNotices(
      Directory directory,
      Notifications notifications,
      MessageSource messages,
      DisplayDates dates) {
    this.directory = directory;
    this.notifications = notifications;
    this.messages = messages;
    this.dates = dates;
  }

  /** A new request; returns how many officers were told. */
  int requested(SignInReset reset) {
    String what = message(reset.whatKey());
    String warning = reset.replacesEveryFactor() ? message("signInReset.notice.everyFactor") : "";
    int officers =
        toOfficers(
            reset,
            reset.requestedBy(),
            message(
                    "signInReset.notice.requested",
                    reset.requestedByName(),
                    subject(reset),
                    what,
                    warning)
                .strip());
    toManager(
        reset,
        reset.requestedBy(),
        message(
            "signInReset.notice.requested.manager", reset.requestedByName(), subject(reset), what),
        true);
    toOwner(
        reset, message("signInReset.notice.requested.owner", reset.requestedByName(), what), null);
    return officers;
  }

  /** A decision (the reset given is the decided one); returns how many officers were told. */
  int decided(SignInReset reset) {
    boolean approved = reset.status() == SignInReset.Status.APPROVED;
    String what = message(reset.whatKey());
    String text =
        approved
            ? message(
                "signInReset.notice.approved",
                reset.decidedByName(),
                subject(reset),
                what,
                reset.requestedByName())
            : message(
                "signInReset.notice.refused",
                reset.decidedByName(),
                subject(reset),
                what,
                reset.requestedByName(),
                reset.decisionNote());
    int officers = toOfficers(reset, reset.decidedBy(), text);
    if (!isOfficer(reset.requestedBy())) {
      notifications.send(reset.requestedBy(), KIND, null, reset.id(), text, adminLink(reset));
    }
    toManager(reset, reset.decidedBy(), text, true);
    toOwner(
        reset,
        approved
            ? message(
                "signInReset.notice.approved.owner",
                reset.requestedByName(),
                dates.dateTime(reset.decidedAt()),
                reset.decidedByName(),
                what)
            : message(
                "signInReset.notice.refused.owner",
                reset.requestedByName(),
                reset.decidedByName(),
                what),
        approved ? PasswordChangeRequired.RESET_NOTICE : null);
    return officers;
  }

  /** The first complete sign-in after an approved reset: its owner and their manager are told. */
  void firstSignIn(SignInReset reset, Instant at) {
    String resetAt = dates.dateTime(reset.decidedAt());
    toOwner(
        reset,
        message(
            "signInReset.notice.firstSignIn.owner",
            reset.requestedByName(),
            resetAt,
            reset.decidedByName(),
            dates.dateTime(at)),
        PasswordChangeRequired.RESET_NOTICE);
    toManager(
        reset,
        reset.userId(),
        message(
            "signInReset.notice.firstSignIn.manager",
            subject(reset),
            dates.dateTime(at),
            reset.requestedByName(),
            resetAt,
            reset.decidedByName()),
        false);
  }

  private int toOfficers(SignInReset reset, UserId actor, String text) {
    Set<UserId> officers = new LinkedHashSet<>();
    directory.activeUsersWithRole(Role.DATA_PROTECTION_OFFICER).forEach(u -> officers.add(u.id()));
    officers.remove(actor);
    officers.remove(reset.userId());
    String link = "/sign-in-resets/" + reset.id();
    officers.forEach(o -> notifications.send(o, KIND, null, reset.id(), text, link));
    return officers.size();
  }

  /**
   * The line manager, unless they acted, or they are an officer and {@code officersTold} already.
   */
  private void toManager(SignInReset reset, UserId actor, String text, boolean officersTold) {
    UserId manager = reset.managerId();
    if (manager != null && !manager.equals(actor) && !(officersTold && isOfficer(manager))) {
      notifications.send(manager, KIND, null, reset.id(), text, null);
    }
  }

  private void toOwner(SignInReset reset, String text, String link) {
    notifications.send(reset.userId(), KIND, null, reset.id(), text, link);
  }

  /** Officers have had the officers' notice already, which links to the request. */
  private boolean isOfficer(UserId user) {
    return directory
        .findUser(user)
        .map(u -> u.active() && u.has(Role.DATA_PROTECTION_OFFICER))
        .orElse(false);
  }

  private static String adminLink(SignInReset reset) {
    return "/admin/users/" + reset.userId();
  }

  private static String subject(SignInReset reset) {
    return SignInResetRepository.person(reset.displayName(), reset.username());
  }

  private String message(String key, Object... args) {
    return Objects.requireNonNull(messages.getMessage(key, args, Locale.UK));
  }
}
