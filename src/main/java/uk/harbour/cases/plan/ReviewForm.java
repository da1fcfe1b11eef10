package uk.harbour.cases.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.validation.BindingResult;
import uk.harbour.shared.DateParts;

/** Records a review or meeting of the plan. */
class ReviewForm {

  static final String[] FIELDS = {
    "heldOnDay", "heldOnMonth", "heldOnYear", "attendees", "youngPersonPart",
    "youngPersonViews", "familyPart", "familyViews", "decisions", "nextReviewDay",
    "nextReviewMonth", "nextReviewYear", "requestKey"
  };

  private String heldOnDay;
  private String heldOnMonth;
  private String heldOnYear;
  private String attendees;
  private String youngPersonPart;
  private String youngPersonViews;
  private String familyPart;
  private String familyViews;
  private String decisions;
  private String nextReviewDay;
  private String nextReviewMonth;
  private String nextReviewYear;
  private String requestKey = UUID.randomUUID().toString();

  UUID validate(BindingResult result) {
    UUID key = Checks.requestKey(result, requestKey);
    Checks.date(result, "heldOn", held(), true, "plan.review.error.heldOn");
    Checks.required(result, "attendees", attendees, "plan.review.error.attendees");
    Checks.tooLong(result, "attendees", attendees);
    if (Checks.parse(Participation.class, youngPersonPart) == null) {
      result.rejectValue("youngPersonPart", "plan.review.error.youngPersonPart");
    }
    Checks.tooLong(result, "youngPersonViews", youngPersonViews);
    if (Checks.parse(Participation.class, familyPart) == null) {
      result.rejectValue("familyPart", "plan.review.error.familyPart");
    }
    Checks.tooLong(result, "familyViews", familyViews);
    Checks.required(result, "decisions", decisions, "plan.review.error.decisions");
    Checks.tooLong(result, "decisions", decisions);
    Checks.date(result, "nextReview", next(), false, null);
    if (!result.hasFieldErrors("heldOn")
        && !result.hasFieldErrors("nextReview")
        && next().date() != null
        && !next().date().isAfter(held().date())) {
      result.rejectValue("nextReview", "plan.review.error.nextReview");
    }
    return key;
  }

  Review toReview() {
    return new Review(
        held().date(),
        attendees.strip(),
        Checks.parse(Participation.class, youngPersonPart),
        Checks.blankToNull(youngPersonViews),
        Checks.parse(Participation.class, familyPart),
        Checks.blankToNull(familyViews),
        decisions.strip(),
        next().date(),
        null);
  }

  private DateParts held() {
    return DateParts.of(heldOnDay, heldOnMonth, heldOnYear);
  }

  private DateParts next() {
    return DateParts.of(nextReviewDay, nextReviewMonth, nextReviewYear);
  }

  public LocalDate getHeldOn() {
    return held().date();
  }

  public LocalDate getNextReview() {
    return next().date();
  }

  public String getHeldOnDay() {
    return heldOnDay;
  }

  public void setHeldOnDay(String v) {
    heldOnDay = v;
  }

  public String getHeldOnMonth() {
    return heldOnMonth;
  }

  public void setHeldOnMonth(String v) {
    heldOnMonth = v;
  }

  public String getHeldOnYear() {
    return heldOnYear;
  }

  public void setHeldOnYear(String v) {
    heldOnYear = v;
  }

  public String getAttendees() {
    return attendees;
  }

  public void setAttendees(String v) {
    attendees = v;
  }

  public String getYoungPersonPart() {
    return youngPersonPart;
  }

  public void setYoungPersonPart(String v) {
    youngPersonPart = v;
  }

  public String getYoungPersonViews() {
    return youngPersonViews;
  }

  public void setYoungPersonViews(String v) {
    youngPersonViews = v;
  }

  public String getFamilyPart() {
    return familyPart;
  }

  public void setFamilyPart(String v) {
    familyPart = v;
  }

  public String getFamilyViews() {
    return familyViews;
  }

  public void setFamilyViews(String v) {
    familyViews = v;
  }

  public String getDecisions() {
    return decisions;
  }

  public void setDecisions(String v) {
    decisions = v;
  }

  public String getNextReviewDay() {
    return nextReviewDay;
  }

  public void setNextReviewDay(String v) {
    nextReviewDay = v;
  }

  public String getNextReviewMonth() {
    return nextReviewMonth;
  }

  public void setNextReviewMonth(String v) {
    nextReviewMonth = v;
  }

  public String getNextReviewYear() {
    return nextReviewYear;
  }

  public void setNextReviewYear(String v) {
    nextReviewYear = v;
  }

  public String getRequestKey() {
    return requestKey;
  }

  public void setRequestKey(String v) {
    requestKey = v;
  }
}
