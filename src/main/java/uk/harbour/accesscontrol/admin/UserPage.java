package uk.harbour.accesscontrol.admin;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.signin.SignInFailures;
import uk.harbour.shared.RecordNotFoundException;

/**
 * The administrator's page for one user: their details, the actions on their account, any reset
 * waiting for a data protection officer, and where their recent failed sign-ins came from.
 */
@Component
class UserPage {

  static final int FAILURES_SHOWN = 20;
  static final int SOURCES_SHOWN = 5;

  private final UserRepository records;
  private final SignInResets resets;
  private final SignInFailures failures;
  private final CurrentUser currentUser;
  private final Clock clock;

  UserPage(
      UserRepository records,
      SignInResets resets,
      SignInFailures failures,
      CurrentUser currentUser,
      Clock clock) {
    this.records = records;
    this.resets = resets;
    this.failures = failures;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  UserRepository.UserDetails existing(String id) {
    return records
        .find(AdminPages.userId(id))
        .orElseThrow(() -> new RecordNotFoundException("user"));
  }

  String show(UserRepository.UserDetails user, Model model) {
    model.addAttribute("user", user);
    model.addAttribute("locked", user.lockedAt(clock.instant()));
    model.addAttribute("self", user.id().equals(currentUser.require().id()));
    model.addAttribute("awaitingReset", resets.awaitingFor(user.id()).orElse(null));
    model.addAttribute("throttle", failures.status(user.id()).orElse(null));
    model.addAttribute("failures", failures.recent(user.id(), FAILURES_SHOWN));
    model.addAttribute("sources", failures.sources(user.id(), SOURCES_SHOWN));
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new SetPasswordForm());
    }
    if (!model.containsAttribute("resetForm")) {
      model.addAttribute("resetForm", new ResetReasonForm());
    }
    return "accesscontrol/admin/user";
  }
}
