package uk.harbour.missing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import uk.harbour.shared.DateInput;
import uk.harbour.shared.RecordIds;
import uk.harbour.shared.UserId;

/**
 * The return interview form: the offer, who interviews (independent of the child's care, unless the
 * child chose someone they trust), and the outcome: held (when, the young person's own words, the
 * interviewer's summary, and whether the young person agrees to share their words), declined, or
 * not held with the reason.
 */
public class InterviewForm {

  static final String[] FIELDS = {
    "offered.day",
    "offered.month",
    "offered.year",
    "offeredTime",
    "interviewer",
    "childChose",
    "outcome",
    "heldOn.day",
    "heldOn.month",
    "heldOn.year",
    "notHeldReason",
    "youngPersonsWords",
    "accountSummary",
    "consent",
    "shareableWords",
    "version"
  };

  private DateInput offered = new DateInput();
  private String offeredTime;
  private String interviewer;
  private String childChose;
  private String outcome;
  private DateInput heldOn = new DateInput();
  private String notHeldReason;
  private String youngPersonsWords;
  private String accountSummary;
  private String consent;
  private String shareableWords;
  private int version;

  static InterviewForm of(ReturnInterview r) {
    InterviewForm form = new InterviewForm();
    form.offered = WhenField.date(r.offeredAt());
    form.offeredTime = WhenField.time(r.offeredAt());
    form.interviewer = r.interviewer() == null ? null : r.interviewer().toString();
    form.childChose = r.interviewer() == null ? null : r.childChoseInterviewer() ? "yes" : "no";
    form.outcome = r.outcome() == null ? null : r.outcome().name();
    form.heldOn = DateInput.of(r.heldOn());
    form.notHeldReason = r.notHeldReason();
    form.youngPersonsWords = r.youngPersonsWords();
    form.accountSummary = r.accountSummary();
    form.consent = r.consent() == null ? null : r.consent().name();
    form.shareableWords = r.shareableWords();
    form.version = r.version();
    return form;
  }

  /**
   * The draft, or null with the errors in {@code result}.
   *
   * @param interviewers the users who may be named as the interviewer
   * @param returnedOn the day the child returned: nothing is held before it
   * @param today nothing is held after it
   */
  ReturnInterviews.@Nullable Draft validate(
      BindingResult result,
      Collection<UserId> interviewers,
      LocalDate returnedOn,
      LocalDate today,
      Instant now) {
    Instant offeredAt = WhenField.read(result, "offered", offered, offeredTime, null);
    if (offeredAt != null && offeredAt.isAfter(now)) {
      result.rejectValue("offered", "missing.error.offeredInFuture");
    }
    UserId who = null;
    if (interviewer != null && !interviewer.isBlank()) {
      java.util.UUID id = RecordIds.parseOrNull(interviewer);
      who = id == null ? null : new UserId(id);
      if (who == null || !interviewers.contains(who)) {
        result.rejectValue("interviewer", "missing.error.interviewer");
      }
    }
    boolean chose = "yes".equals(childChose);
    if (who != null && !chose && !"no".equals(childChose)) {
      result.rejectValue("childChose", "missing.error.childChose");
    }
    InterviewOutcome o = null;
    if (outcome != null && !outcome.isBlank()) {
      o = Checks.parse(InterviewOutcome.class, outcome);
      if (o == null) {
        result.rejectValue("outcome", "missing.error.outcome");
      }
    }
    LocalDate held = null;
    ConsentToShare c = null;
    if (o == InterviewOutcome.HELD) {
      held = heldOn.date();
      if (heldOn.parts().empty()) {
        result.rejectValue("heldOn", "missing.error.heldOnNeeded");
      } else if (held == null) {
        result.rejectValue("heldOn", "missing.error.realDate");
      } else if (held.isBefore(returnedOn)) {
        result.rejectValue("heldOn", "missing.error.heldBeforeReturn");
      } else if (held.isAfter(today)) {
        result.rejectValue("heldOn", "missing.error.heldInFuture");
      }
      if (who == null) {
        result.rejectValue("interviewer", "missing.error.interviewerNeeded");
      }
      if (Checks.blankToNull(youngPersonsWords) == null
          && Checks.blankToNull(accountSummary) == null) {
        result.rejectValue("youngPersonsWords", "missing.error.wordsOrSummary");
      }
      c = Checks.parse(ConsentToShare.class, consent);
      if (c == null) {
        result.rejectValue("consent", "missing.error.consent");
      } else if (c == ConsentToShare.SOME && Checks.blankToNull(shareableWords) == null) {
        result.rejectValue("shareableWords", "missing.error.shareableWords");
      }
    }
    if (o == InterviewOutcome.NOT_HELD && Checks.blankToNull(notHeldReason) == null) {
      result.rejectValue("notHeldReason", "missing.error.notHeldReason");
    }
    Checks.tooLong(result, "notHeldReason", notHeldReason, Checks.LONG);
    Checks.tooLong(result, "youngPersonsWords", youngPersonsWords, Checks.LONG);
    Checks.tooLong(result, "accountSummary", accountSummary, Checks.LONG);
    Checks.tooLong(result, "shareableWords", shareableWords, Checks.LONG);
    if (offeredAt == null && who == null && o == null && !result.hasErrors()) {
      result.reject("missing.error.interviewEmpty");
    }
    if (result.hasErrors()) {
      return null;
    }
    return new ReturnInterviews.Draft(
        offeredAt,
        who,
        who != null && chose,
        o,
        held,
        Checks.blankToNull(notHeldReason),
        Checks.blankToNull(youngPersonsWords),
        Checks.blankToNull(accountSummary),
        c,
        Checks.blankToNull(shareableWords));
  }

  public DateInput getOffered() {
    return offered;
  }

  public void setOffered(DateInput v) {
    offered = v;
  }

  public String getOfferedTime() {
    return offeredTime;
  }

  public void setOfferedTime(String v) {
    offeredTime = v;
  }

  public String getInterviewer() {
    return interviewer;
  }

  public void setInterviewer(String v) {
    interviewer = v;
  }

  public String getChildChose() {
    return childChose;
  }

  public void setChildChose(String v) {
    childChose = v;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String v) {
    outcome = v;
  }

  public DateInput getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(DateInput v) {
    heldOn = v;
  }

  public String getNotHeldReason() {
    return notHeldReason;
  }

  public void setNotHeldReason(String v) {
    notHeldReason = v;
  }

  public String getYoungPersonsWords() {
    return youngPersonsWords;
  }

  public void setYoungPersonsWords(String v) {
    youngPersonsWords = v;
  }

  public String getAccountSummary() {
    return accountSummary;
  }

  public void setAccountSummary(String v) {
    accountSummary = v;
  }

  public String getConsent() {
    return consent;
  }

  public void setConsent(String v) {
    consent = v;
  }

  public String getShareableWords() {
    return shareableWords;
  }

  public void setShareableWords(String v) {
    shareableWords = v;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int v) {
    version = v;
  }
}
