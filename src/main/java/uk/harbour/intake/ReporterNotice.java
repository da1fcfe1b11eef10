package uk.harbour.intake;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Notifications;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.shared.UserId;

/**
 * Tells the practitioner who raised a concern, inside Harbour, that it has been screened and what
 * was decided, and nothing more: the concern's reference and the outcome in plain words ({@code
 * intake.decided.<outcome>}), never the reasons (which may rest on what only the child's team may
 * know) nor who the child is. The notification leads to the concern's own page, which shows the
 * reporter what the access rules let them see. A member of the public has no account, so nobody is
 * told of a public report's outcome; nor is a reporter who screened their own concern or whose
 * account is no longer active.
 */
@Component
class ReporterNotice {

  /** The notification kind; its subject is the concern's id, readable at /concerns/{id}. */
  static final String KIND = "CONCERN_DECIDED";

  private final Directory directory;
  private final Notifications notifications;
  private final MessageSource messages;

  ReporterNotice(Directory directory, Notifications notifications, MessageSource messages) {
    this.directory = directory;
    this.notifications = notifications;
    this.messages = messages;
  }

  void decided(Concern concern, ScreeningOutcome outcome, UserId decidedBy) {
    UserId reporter = concern.reporterId();
    if (reporter == null || reporter.equals(decidedBy)) {
      return;
    }
    if (directory.findUser(reporter).filter(UserSummary::active).isEmpty()) {
      return;
    }
    String message =
        messages.getMessage(
            "intake.decided." + outcome.name(), new Object[] {concern.reference()}, Locale.UK);
    notifications.send(reporter, KIND, null, concern.id(), message, "/concerns/" + concern.id());
  }
}
