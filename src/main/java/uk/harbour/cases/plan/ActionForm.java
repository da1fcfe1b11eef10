package uk.harbour.cases.plan;

import java.util.UUID;
import org.springframework.validation.BindingResult;
import uk.harbour.shared.DateInput;
import uk.harbour.shared.DateParts;

/** Adds or changes a plan action. */
class ActionForm {

  static final String[] FIELDS = {
    "section",
    "what",
    "ownerName",
    "ownerAgency",
    "dueDate.day",
    "dueDate.month",
    "dueDate.year",
    "status",
    "outcome",
    "disruptionActivity",
    "version",
    "requestKey"
  };

  private String section;
  private String what;
  private String ownerName;
  private String ownerAgency;
  private DateInput dueDate = new DateInput();
  private String status;
  private String outcome;
  private String disruptionActivity;
  private Integer version;
  private String requestKey;

  static ActionForm blank(String section) {
    ActionForm form = new ActionForm();
    form.section = section;
    form.status = ActionStatus.NOT_STARTED.name();
    form.requestKey = UUID.randomUUID().toString();
    return form;
  }

  static ActionForm from(PlanAction a) {
    ActionForm form = new ActionForm();
    form.section = a.section().name();
    form.what = a.what();
    form.ownerName = a.ownerName();
    form.ownerAgency = a.ownerAgency();
    form.dueDate = DateInput.of(a.dueOn());
    form.status = a.status().name();
    form.outcome = a.outcome();
    form.disruptionActivity =
        a.disruptionActivity() == null ? "" : a.disruptionActivity().toString();
    form.version = a.version();
    return form;
  }

  /**
   * Checks the form; for a new action also reads its request key.
   *
   * @param agencies the agency names the owner may belong to: the agencies Harbour lists, and for a
   *     change also the action's agency as saved (which may since have been renamed)
   * @param activities the ids of the disruption activities linked to the case's child, which a
   *     disruption action may name
   */
  UUID validate(
      BindingResult result,
      boolean adding,
      java.util.Set<String> agencies,
      java.util.Set<String> activities) {
    UUID key = adding ? Checks.requestKey(result, requestKey) : null;
    if (!adding && version == null) {
      result.reject("plan.error.formIncomplete");
    }
    if (Checks.parse(PlanSection.class, section) == null) {
      result.rejectValue("section", "plan.action.error.section");
    }
    Checks.required(result, "what", what, "plan.action.error.what");
    Checks.tooLong(result, "what", what);
    Checks.required(result, "ownerName", ownerName, "plan.action.error.ownerName");
    Checks.tooLong(result, "ownerName", ownerName);
    if (ownerAgency == null || !agencies.contains(ownerAgency)) {
      result.rejectValue("ownerAgency", "plan.action.error.ownerAgency");
    }
    Checks.date(result, "dueDate", parts(), true, "plan.action.error.dueDate");
    if (Checks.parse(ActionStatus.class, status) == null) {
      result.rejectValue("status", "plan.action.error.status");
    }
    Checks.tooLong(result, "outcome", outcome);
    if (disruptionActivity != null && !disruptionActivity.isBlank()) {
      if (!activities.contains(disruptionActivity)) {
        result.rejectValue("disruptionActivity", "plan.action.error.disruptionActivity");
      } else if (Checks.parse(PlanSection.class, section) != PlanSection.DISRUPTION) {
        result.rejectValue("disruptionActivity", "plan.action.error.disruptionActivitySection");
      }
    }
    return key;
  }

  PlanAction toAction(UUID id) {
    return new PlanAction(
        id,
        Checks.parse(PlanSection.class, section),
        what.strip(),
        ownerName.strip(),
        ownerAgency.strip(),
        parts().date(),
        Checks.parse(ActionStatus.class, status),
        Checks.blankToNull(outcome),
        version == null ? 0 : version,
        disruptionActivity == null || disruptionActivity.isBlank()
            ? null
            : UUID.fromString(disruptionActivity));
  }

  private DateParts parts() {
    return dueDate.parts();
  }

  public DateInput getDueDate() {
    return dueDate;
  }

  public void setDueDate(DateInput v) {
    dueDate = v;
  }

  public String getSection() {
    return section;
  }

  public void setSection(String v) {
    section = v;
  }

  public String getWhat() {
    return what;
  }

  public void setWhat(String v) {
    what = v;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public void setOwnerName(String v) {
    ownerName = v;
  }

  public String getOwnerAgency() {
    return ownerAgency;
  }

  public void setOwnerAgency(String v) {
    ownerAgency = v;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String v) {
    status = v;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String v) {
    outcome = v;
  }

  public String getDisruptionActivity() {
    return disruptionActivity;
  }

  public void setDisruptionActivity(String v) {
    disruptionActivity = v;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer v) {
    version = v;
  }

  public String getRequestKey() {
    return requestKey;
  }

  public void setRequestKey(String v) {
    requestKey = v;
  }
}
