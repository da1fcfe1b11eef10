package uk.harbour.contexts;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.harbour.shared.DateInput;

/** A context's work forms (assessment, conference, plan, measure, review), as typed. */
final class WorkForms {

  private WorkForms() {}

  /** A context assessment as typed, in the toolkit's domains. */
  static class AssessmentForm {
    private @Nullable String strengthsAndNeeds;
    private @Nullable String guardianship;
    private @Nullable String environment;
    private @Nullable String whoControls;
    private @Nullable String weighting;
    private int version;

    static final String[] FIELDS = {
      "strengthsAndNeeds", "guardianship", "environment", "whoControls", "weighting", "version"
    };

    public @Nullable String getStrengthsAndNeeds() {
      return strengthsAndNeeds;
    }

    public void setStrengthsAndNeeds(@Nullable String v) {
      strengthsAndNeeds = v;
    }

    public @Nullable String getGuardianship() {
      return guardianship;
    }

    public void setGuardianship(@Nullable String v) {
      guardianship = v;
    }

    public @Nullable String getEnvironment() {
      return environment;
    }

    public void setEnvironment(@Nullable String v) {
      environment = v;
    }

    public @Nullable String getWhoControls() {
      return whoControls;
    }

    public void setWhoControls(@Nullable String v) {
      whoControls = v;
    }

    public @Nullable String getWeighting() {
      return weighting;
    }

    public void setWeighting(@Nullable String v) {
      weighting = v;
    }

    public int getVersion() {
      return version;
    }

    public void setVersion(int v) {
      version = v;
    }
  }

  /** A context conference as typed. */
  static class ConferenceForm {
    private DateInput heldOn = new DateInput();
    private List<String> invitees = new ArrayList<>();
    private @Nullable String minutes;
    private @Nullable String decisions;

    static final String[] FIELDS = {
      "heldOn.day", "heldOn.month", "heldOn.year", "invitees", "minutes", "decisions"
    };

    public DateInput getHeldOn() {
      return heldOn;
    }

    public void setHeldOn(DateInput v) {
      heldOn = v;
    }

    public List<String> getInvitees() {
      return invitees;
    }

    public void setInvitees(List<String> v) {
      invitees = v == null ? new ArrayList<>() : v;
    }

    public @Nullable String getMinutes() {
      return minutes;
    }

    public void setMinutes(@Nullable String v) {
      minutes = v;
    }

    public @Nullable String getDecisions() {
      return decisions;
    }

    public void setDecisions(@Nullable String v) {
      decisions = v;
    }
  }

  /** A context's plan as typed. */
  static class PlanForm {
    private @Nullable String goals;
    private @Nullable String responses;
    private int version;

    static final String[] FIELDS = {"goals", "responses", "version"};

    public @Nullable String getGoals() {
      return goals;
    }

    public void setGoals(@Nullable String v) {
      goals = v;
    }

    public @Nullable String getResponses() {
      return responses;
    }

    public void setResponses(@Nullable String v) {
      responses = v;
    }

    public int getVersion() {
      return version;
    }

    public void setVersion(int v) {
      version = v;
    }
  }

  /** A measure of change as typed. */
  static class MeasureForm {
    private @Nullable String measure;
    private DateInput observedOn = new DateInput();
    private @Nullable String observation;

    static final String[] FIELDS = {
      "measure", "observedOn.day", "observedOn.month", "observedOn.year", "observation"
    };

    public @Nullable String getMeasure() {
      return measure;
    }

    public void setMeasure(@Nullable String v) {
      measure = v;
    }

    public DateInput getObservedOn() {
      return observedOn;
    }

    public void setObservedOn(DateInput v) {
      observedOn = v;
    }

    public @Nullable String getObservation() {
      return observation;
    }

    public void setObservation(@Nullable String v) {
      observation = v;
    }
  }

  /** A review of the plan as typed. */
  static class ReviewForm {
    private DateInput reviewedOn = new DateInput();
    private @Nullable String summary;

    static final String[] FIELDS = {
      "reviewedOn.day", "reviewedOn.month", "reviewedOn.year", "summary"
    };

    public DateInput getReviewedOn() {
      return reviewedOn;
    }

    public void setReviewedOn(DateInput v) {
      reviewedOn = v;
    }

    public @Nullable String getSummary() {
      return summary;
    }

    public void setSummary(@Nullable String v) {
      summary = v;
    }
  }
}
