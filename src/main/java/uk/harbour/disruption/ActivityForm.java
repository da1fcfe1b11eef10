package uk.harbour.disruption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.DateInput;
import uk.harbour.shared.RecordIds;
import uk.harbour.shared.UserId;

/** Records or changes a disruption activity. */
class ActivityForm {

  static final String[] FIELDS = {
    "tacticId",
    "leadAgency",
    "leadOfficer",
    "proposed.day",
    "proposed.month",
    "proposed.year",
    "approved.day",
    "approved.month",
    "approved.year",
    "appliedFor.day",
    "appliedFor.month",
    "appliedFor.year",
    "served.day",
    "served.month",
    "served.year",
    "expires.day",
    "expires.month",
    "expires.year",
    "conditions",
    "outcome",
    "outcomeNotes",
    "victimsViewsConsidered",
    "victimsViewsHow",
    "victimsViewsWhyNot",
    "children",
    "version"
  };

  private @Nullable String tacticId;
  private @Nullable String leadAgency;
  private @Nullable String leadOfficer;
  private DateInput proposed = new DateInput();
  private DateInput approved = new DateInput();
  private DateInput appliedFor = new DateInput();
  private DateInput served = new DateInput();
  private DateInput expires = new DateInput();
  private @Nullable String conditions;
  private @Nullable String outcome;
  private @Nullable String outcomeNotes;
  private @Nullable String victimsViewsConsidered;
  private @Nullable String victimsViewsHow;
  private @Nullable String victimsViewsWhyNot;
  private List<String> children = new ArrayList<>();
  private @Nullable Integer version;

  static ActivityForm blank(LocalDate today, UserId me, String myAgency) {
    ActivityForm form = new ActivityForm();
    form.proposed = DateInput.of(today);
    form.leadOfficer = me.toString();
    form.leadAgency = myAgency;
    return form;
  }

  static ActivityForm of(Activity a) {
    ActivityForm form = new ActivityForm();
    form.tacticId = a.tacticId().toString();
    form.leadAgency = a.leadAgency();
    form.leadOfficer = a.leadOfficer().toString();
    form.proposed = DateInput.of(a.dates().proposed());
    form.approved = DateInput.of(a.dates().approved());
    form.appliedFor = DateInput.of(a.dates().appliedFor());
    form.served = DateInput.of(a.dates().served());
    form.expires = DateInput.of(a.dates().expires());
    form.conditions = a.conditions();
    form.outcome = a.outcome() == null ? "" : a.outcome().name();
    form.outcomeNotes = a.outcomeNotes();
    form.victimsViewsConsidered = a.victimsViewsConsidered() ? "yes" : "no";
    if (a.victimsViewsConsidered()) {
      form.victimsViewsHow = a.victimsViews();
    } else {
      form.victimsViewsWhyNot = a.victimsViews();
    }
    form.children = new ArrayList<>(a.children().stream().map(ChildId::toString).toList());
    form.version = a.version();
    return form;
  }

  /** What the form may name: the tactics, agencies, officers and children on offer. */
  record Choices(
      Collection<Tactic> tactics,
      Set<String> agencies,
      Set<UserId> officers,
      Set<ChildId> children) {}

  /** Checks the form; the tactic chosen, if one of those on offer, or null. */
  @Nullable Tactic validate(BindingResult result, boolean adding, Choices choices) {
    if (!adding && version == null) {
      result.reject("disruption.error.formIncomplete");
    }
    Tactic tactic =
        choices.tactics().stream()
            .filter(t -> t.id().toString().equals(tacticId))
            .findFirst()
            .orElse(null);
    if (tactic == null) {
      result.rejectValue("tacticId", "disruption.activity.error.tactic");
    }
    if (leadAgency == null || !choices.agencies().contains(leadAgency)) {
      result.rejectValue("leadAgency", "disruption.activity.error.leadAgency");
    }
    if (officer() == null || !choices.officers().contains(officer())) {
      result.rejectValue("leadOfficer", "disruption.activity.error.leadOfficer");
    }
    FormChecks.date(result, "proposed", proposed.parts(), "disruption.activity.error.proposed");
    FormChecks.date(result, "approved", approved.parts(), null);
    FormChecks.date(result, "appliedFor", appliedFor.parts(), null);
    FormChecks.date(result, "served", served.parts(), null);
    FormChecks.date(result, "expires", expires.parts(), null);
    inOrder(result);
    if (tactic != null && !result.hasFieldErrors("expires") && served.date() != null) {
      LocalDate latest = tactic.latestExpiry(served.date());
      if (latest != null && expires.date() != null && expires.date().isAfter(latest)) {
        result.rejectValue(
            "expires",
            "disruption.activity.error.expiresAfterMaximum",
            new Object[] {tactic.maxTermAmount(), tactic.maxTermUnit().name().toLowerCase()},
            null);
      }
    }
    FormChecks.tooLong(result, "conditions", conditions, FormChecks.LONG);
    if (outcome != null && !outcome.isBlank() && FormChecks.parse(Outcome.class, outcome) == null) {
      result.rejectValue("outcome", "disruption.activity.error.outcome");
    }
    FormChecks.tooLong(result, "outcomeNotes", outcomeNotes, FormChecks.LONG);
    if ("yes".equals(victimsViewsConsidered)) {
      FormChecks.text(
          result,
          "victimsViewsHow",
          victimsViewsHow,
          "disruption.activity.error.victimsViewsHow",
          FormChecks.LONG);
    } else if ("no".equals(victimsViewsConsidered)) {
      FormChecks.text(
          result,
          "victimsViewsWhyNot",
          victimsViewsWhyNot,
          "disruption.activity.error.victimsViewsWhyNot",
          FormChecks.LONG);
    } else {
      result.rejectValue("victimsViewsConsidered", "disruption.activity.error.victimsViews");
    }
    for (String child : children) {
      UUID id = RecordIds.parseOrNull(child);
      if (id == null || !choices.children().contains(new ChildId(id))) {
        result.rejectValue("children", "disruption.activity.error.children");
        break;
      }
    }
    return tactic;
  }

  /** Each date typed is on or after the one before it; expiry needs, and follows, service. */
  private void inOrder(BindingResult result) {
    String[] fields = {"proposed", "approved", "appliedFor", "served"};
    DateInput[] inputs = {proposed, approved, appliedFor, served};
    LocalDate previous = null;
    for (int i = 0; i < fields.length; i++) {
      LocalDate date = inputs[i].parts().date();
      if (date == null) {
        continue;
      }
      if (previous != null && date.isBefore(previous) && !result.hasFieldErrors(fields[i])) {
        result.rejectValue(fields[i], "disruption.activity.error.order." + fields[i]);
      }
      previous = date;
    }
    LocalDate end = expires.parts().date();
    if (end != null && !result.hasFieldErrors("expires")) {
      LocalDate start = served.parts().date();
      if (start == null) {
        result.rejectValue("expires", "disruption.activity.error.expiresWithoutServed");
      } else if (!end.isAfter(start)) {
        result.rejectValue("expires", "disruption.activity.error.expiresBeforeServed");
      }
    }
  }

  private @Nullable UserId officer() {
    UUID id = RecordIds.parseOrNull(leadOfficer);
    return id == null ? null : new UserId(id);
  }

  Activity.Change change(Tactic tactic) {
    boolean considered = "yes".equals(victimsViewsConsidered);
    return new Activity.Change(
        tactic.id(),
        leadAgency,
        officer(),
        new Activity.Dates(
            proposed.date(), approved.date(), appliedFor.date(), served.date(), expires.date()),
        FormChecks.blankToNull(conditions),
        FormChecks.parse(Outcome.class, outcome),
        FormChecks.blankToNull(outcomeNotes),
        considered,
        considered ? victimsViewsHow.strip() : victimsViewsWhyNot.strip(),
        children.stream().map(c -> new ChildId(UUID.fromString(c))).distinct().toList());
  }

  int openedVersion() {
    return version == null ? 0 : version;
  }

  public @Nullable String getTacticId() {
    return tacticId;
  }

  public void setTacticId(@Nullable String v) {
    tacticId = v;
  }

  public @Nullable String getLeadAgency() {
    return leadAgency;
  }

  public void setLeadAgency(@Nullable String v) {
    leadAgency = v;
  }

  public @Nullable String getLeadOfficer() {
    return leadOfficer;
  }

  public void setLeadOfficer(@Nullable String v) {
    leadOfficer = v;
  }

  public DateInput getProposed() {
    return proposed;
  }

  public void setProposed(DateInput v) {
    proposed = v;
  }

  public DateInput getApproved() {
    return approved;
  }

  public void setApproved(DateInput v) {
    approved = v;
  }

  public DateInput getAppliedFor() {
    return appliedFor;
  }

  public void setAppliedFor(DateInput v) {
    appliedFor = v;
  }

  public DateInput getServed() {
    return served;
  }

  public void setServed(DateInput v) {
    served = v;
  }

  public DateInput getExpires() {
    return expires;
  }

  public void setExpires(DateInput v) {
    expires = v;
  }

  public @Nullable String getConditions() {
    return conditions;
  }

  public void setConditions(@Nullable String v) {
    conditions = v;
  }

  public @Nullable String getOutcome() {
    return outcome;
  }

  public void setOutcome(@Nullable String v) {
    outcome = v;
  }

  public @Nullable String getOutcomeNotes() {
    return outcomeNotes;
  }

  public void setOutcomeNotes(@Nullable String v) {
    outcomeNotes = v;
  }

  public @Nullable String getVictimsViewsConsidered() {
    return victimsViewsConsidered;
  }

  public void setVictimsViewsConsidered(@Nullable String v) {
    victimsViewsConsidered = v;
  }

  public @Nullable String getVictimsViewsHow() {
    return victimsViewsHow;
  }

  public void setVictimsViewsHow(@Nullable String v) {
    victimsViewsHow = v;
  }

  public @Nullable String getVictimsViewsWhyNot() {
    return victimsViewsWhyNot;
  }

  public void setVictimsViewsWhyNot(@Nullable String v) {
    victimsViewsWhyNot = v;
  }

  public List<String> getChildren() {
    return children;
  }

  public void setChildren(@Nullable List<String> v) {
    children = v == null ? new ArrayList<>() : v;
  }

  public @Nullable Integer getVersion() {
    return version;
  }

  public void setVersion(@Nullable Integer v) {
    version = v;
  }
}
