package uk.harbour.cases.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.validation.BindingResult;
import uk.harbour.shared.DateInput;
import uk.harbour.shared.DateParts;

/**
 * Records a review or meeting of the plan. Who attended is one row per person (name, agency, role
 * or relationship); "Add another person" sends the form back with one more row, saving nothing.
 */
class ReviewForm {

  static final String[] FIELDS = {
    "heldOn.day",
    "heldOn.month",
    "heldOn.year",
    "attendees[*].name",
    "attendees[*].agency",
    "attendees[*].role",
    "attendanceNotes",
    "addAttendee",
    "youngPersonPart",
    "youngPersonViews",
    "familyPart",
    "familyViews",
    "decisions",
    "nextReview.day",
    "nextReview.month",
    "nextReview.year",
    "requestKey"
  };

  /** Rows for attendees on a new form. */
  static final int FIRST_ROWS = 3;

  /** The most attendee rows a form holds. */
  static final int MAX_ROWS = 40;

  private DateInput heldOn = new DateInput();
  private List<AttendeeRow> attendees = blankRows(FIRST_ROWS);
  private String attendanceNotes;
  private String addAttendee;
  private String youngPersonPart;
  private String youngPersonViews;
  private String familyPart;
  private String familyViews;
  private String decisions;
  private DateInput nextReview = new DateInput();
  private String requestKey = UUID.randomUUID().toString();

  /**
   * Checks the form.
   *
   * @param agencies the names of the agencies an attendee may be from (besides another agency)
   */
  UUID validate(BindingResult result, Set<String> agencies) {
    UUID key = Checks.requestKey(result, requestKey);
    Checks.date(result, "heldOn", held(), true, "plan.review.error.heldOn");
    if (attendees.size() > MAX_ROWS) {
      result.reject("plan.error.formIncomplete");
    }
    int used = 0;
    for (int i = 0; i < Math.min(attendees.size(), MAX_ROWS); i++) {
      AttendeeRow row = attendees.get(i);
      if (row == null || row.blank()) {
        continue;
      }
      used++;
      String at = "attendees[" + i + "].";
      Checks.required(result, at + "name", row.getName(), "plan.review.error.attendeeName");
      Checks.tooLong(result, at + "name", row.getName());
      if (row.getAgency() == null
          || !(agencies.contains(row.getAgency())
              || Attendee.OTHER_AGENCY.equals(row.getAgency()))) {
        result.rejectValue(at + "agency", "plan.review.error.attendeeAgency");
      }
      Checks.required(result, at + "role", row.getRole(), "plan.review.error.attendeeRole");
      Checks.tooLong(result, at + "role", row.getRole());
    }
    if (used == 0) {
      result.rejectValue("attendees[0].name", "plan.review.error.attendees");
    }
    Checks.tooLong(result, "attendanceNotes", attendanceNotes);
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

  /** Whether the user asked for another attendee row rather than saving. */
  boolean addingAttendee() {
    return addAttendee != null;
  }

  /** Adds a blank attendee row, up to {@link #MAX_ROWS}. */
  void addRow() {
    if (attendees.size() < MAX_ROWS) {
      attendees.add(new AttendeeRow());
    }
  }

  Review toReview() {
    List<Attendee> who = new ArrayList<>();
    for (AttendeeRow row : attendees) {
      if (row != null && !row.blank()) {
        who.add(new Attendee(row.getName().strip(), row.getAgency(), row.getRole().strip()));
      }
    }
    return new Review(
        held().date(),
        who,
        Checks.blankToNull(attendanceNotes),
        Checks.parse(Participation.class, youngPersonPart),
        Checks.blankToNull(youngPersonViews),
        Checks.parse(Participation.class, familyPart),
        Checks.blankToNull(familyViews),
        decisions.strip(),
        next().date(),
        null);
  }

  private static List<AttendeeRow> blankRows(int count) {
    List<AttendeeRow> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(new AttendeeRow());
    }
    return rows;
  }

  /** One attendee row of the form. */
  public static class AttendeeRow {

    private String name;
    private String agency;
    private String role;

    public AttendeeRow() {}

    boolean blank() {
      return Checks.blankToNull(name) == null
          && Checks.blankToNull(agency) == null
          && Checks.blankToNull(role) == null;
    }

    public String getName() {
      return name;
    }

    public void setName(String v) {
      name = v;
    }

    public String getAgency() {
      return agency;
    }

    public void setAgency(String v) {
      agency = v;
    }

    public String getRole() {
      return role;
    }

    public void setRole(String v) {
      role = v;
    }
  }

  private DateParts held() {
    return heldOn.parts();
  }

  private DateParts next() {
    return nextReview.parts();
  }

  public DateInput getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(DateInput v) {
    heldOn = v;
  }

  public DateInput getNextReview() {
    return nextReview;
  }

  public void setNextReview(DateInput v) {
    nextReview = v;
  }

  public List<AttendeeRow> getAttendees() {
    return attendees;
  }

  public void setAttendees(List<AttendeeRow> v) {
    attendees = v;
  }

  public String getAttendanceNotes() {
    return attendanceNotes;
  }

  public void setAttendanceNotes(String v) {
    attendanceNotes = v;
  }

  public String getAddAttendee() {
    return addAttendee;
  }

  public void setAddAttendee(String v) {
    addAttendee = v;
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

  public String getRequestKey() {
    return requestKey;
  }

  public void setRequestKey(String v) {
    requestKey = v;
  }
}
