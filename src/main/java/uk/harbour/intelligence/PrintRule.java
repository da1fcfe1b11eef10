package uk.harbour.intelligence;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AgencyKind;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.HarbourUser;

/**
 * C-coded intelligence may be shared only on its written conditions, so outside the police it is
 * not printed without a recorded decision to share it (issue 11, item 7). Harbour has no export of
 * intelligence at all; what this rule decides is whether a page holding C-coded intelligence prints
 * its content, or prints instead a notice saying why not. It is a control on the browser's own
 * printing, not on copying what the screen shows, which the audit of every view covers.
 */
@Component
class PrintRule {

  private final Directory directory;
  private final CurrentUser currentUser;
  private final ShareDecisionRepository shares;

  PrintRule(Directory directory, CurrentUser currentUser, ShareDecisionRepository shares) {
    this.directory = directory;
    this.currentUser = currentUser;
    this.shares = shares;
  }

  /**
   * Whether a submission's page withholds its content from print: it is C-coded, the viewer is not
   * in a police agency, and no decision to share it has been recorded.
   */
  @Transactional(readOnly = true)
  boolean withheld(Submission submission) {
    if (submission.grade() == null || submission.grade().handling() != Handling.C) {
      return false;
    }
    return !police() && !shared(submission.id());
  }

  /**
   * Whether a network's page withholds its content from print: it shows links made by C-coded
   * intelligence (one page can gather many submissions, so the decision to share each is not
   * weighed here) and the viewer is not in a police agency.
   */
  boolean withheld(Network.Graph graph) {
    return !graph.conditions().isEmpty() && !police();
  }

  private boolean shared(UUID submission) {
    return shares.of(submission).stream().anyMatch(ShareDecisionRepository.ShareDecision::shared);
  }

  private boolean police() {
    HarbourUser user = currentUser.get().orElse(null);
    if (user == null) {
      return false;
    }
    List<uk.harbour.accesscontrol.AgencySummary> agencies = directory.agencies();
    return agencies.stream()
        .anyMatch(a -> a.id().equals(user.agencyId()) && a.kind() == AgencyKind.POLICE);
  }
}
