package uk.harbour.intelligence;

import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.shared.RecordNotFoundException;

/**
 * Who may see what of partner intelligence (docs/adr/022, decision 3). The police intelligence unit
 * (intelligence officers) and analysts see submissions whole, graded; the submitter sees their own
 * submission and the kind of outcome, never the grade or the sanitised text; screening officers see
 * "risk to a person now" submissions while they wait, so that someone acts within the hour.
 * Administrators see none of it. Anything else is the same "not found" as a submission that does
 * not exist.
 */
final class IntelligenceAccess {

  static final String SUBMISSION = "intelligence submission";
  static final String ENTITY = "intelligence entity";

  private IntelligenceAccess() {}

  /** Intelligence officers and analysts: the graded record, the registers and the network. */
  static boolean seesGraded(HarbourUser user) {
    return !user.has(Role.SYSTEM_ADMINISTRATOR)
        && (user.has(Role.INTELLIGENCE_OFFICER) || user.has(Role.INTELLIGENCE_ANALYST));
  }

  /** Intelligence officers: grade, sanitise, decide, resolve and share. */
  static boolean triages(HarbourUser user) {
    return !user.has(Role.SYSTEM_ADMINISTRATOR) && user.has(Role.INTELLIGENCE_OFFICER);
  }

  /** Who works the duty queue: the intelligence unit, analysts and screening officers. */
  static boolean onDuty(HarbourUser user) {
    return seesGraded(user)
        || (!user.has(Role.SYSTEM_ADMINISTRATOR) && user.has(Role.SCREENING_OFFICER));
  }

  /** How much of this submission the user may see. */
  static View viewOf(HarbourUser user, Submission submission) {
    if (seesGraded(user) && !submission.isDraft()) {
      return View.GRADED;
    }
    if (submission.submittedBy().equals(user.id())) {
      return View.SUBMITTER;
    }
    if (onDuty(user) && submission.riskNow() && submission.status() == SubmissionStatus.SUBMITTED) {
      return View.DUTY;
    }
    throw new RecordNotFoundException(SUBMISSION);
  }

  /** What of a submission a user sees. */
  enum View {
    /** The whole submission with its grade, sanitised text, outcome and reasons. */
    GRADED,
    /** The submitter's own words, the receipt and the kind of outcome. */
    SUBMITTER,
    /** A waiting "risk to a person now" submission, ungraded, for the duty queue. */
    DUTY
  }
}
