package uk.harbour.cases.assessment;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import uk.harbour.shared.Indicator;

/**
 * The assessment form: one text per narrative part ({@code text[NEEDS]}), one note per indicator
 * prompt ({@code observations[DISABILITY]}), the level of response and the version opened.
 */
class AssessmentForm {

  static final String[] FIELDS = {"text[*]", "observations[*]", "levelOfResponse", "version"};

  private Map<String, String> text = new LinkedHashMap<>();
  private Map<String, String> observations = new LinkedHashMap<>();
  private String levelOfResponse;
  private Integer version;

  static AssessmentForm from(AssessmentContent content, int version) {
    AssessmentForm form = new AssessmentForm();
    for (Narrative part : Narrative.values()) {
      form.text.put(part.name(), content.text(part));
    }
    for (Indicator prompt : Indicator.values()) {
      form.observations.put(prompt.name(), content.observation(prompt));
    }
    form.levelOfResponse =
        content.levelOfResponse() == null ? null : content.levelOfResponse().name();
    form.version = version;
    return form;
  }

  void validate(BindingResult result) {
    if (version == null) {
      result.reject("assessment.error.formIncomplete");
    }
    for (Narrative part : Narrative.values()) {
      tooLong(result, "text[" + part.name() + "]", text.get(part.name()), label(part));
    }
    for (Indicator prompt : Indicator.values()) {
      tooLong(
          result,
          "observations[" + prompt.name() + "]",
          observations.get(prompt.name()),
          "intake.indicator." + prompt.name());
    }
    if (levelOfResponse != null && !levelOfResponse.isBlank() && level() == null) {
      result.rejectValue("levelOfResponse", "assessment.error.level");
    }
    if (!result.hasErrors() && toContent().fields().isEmpty() && level() == null) {
      result.reject("assessment.error.empty");
    }
  }

  /** What the form says, without empty answers. */
  AssessmentContent toContent() {
    Map<Narrative, String> narrative = new EnumMap<>(Narrative.class);
    for (Narrative part : Narrative.values()) {
      String value = text.get(part.name());
      if (value != null && !value.isBlank()) {
        narrative.put(part, value.strip());
      }
    }
    Map<Indicator, String> notes = new EnumMap<>(Indicator.class);
    for (Indicator prompt : Indicator.values()) {
      String value = observations.get(prompt.name());
      if (value != null && !value.isBlank()) {
        notes.put(prompt, value.strip());
      }
    }
    return new AssessmentContent(narrative, notes, level());
  }

  private @Nullable LevelOfResponse level() {
    for (LevelOfResponse l : LevelOfResponse.values()) {
      if (l.name().equals(levelOfResponse)) {
        return l;
      }
    }
    return null;
  }

  static String label(Narrative part) {
    return "assessment.field." + part.name();
  }

  static void tooLong(BindingResult result, String field, String value, String labelKey) {
    if (value != null && value.strip().length() > Narrative.MAX_LENGTH) {
      result.rejectValue(
          field,
          "assessment.error.tooLong",
          new Object[] {new DefaultMessageSourceResolvable(labelKey), Narrative.MAX_LENGTH},
          null);
    }
  }

  public Map<String, String> getText() {
    return text;
  }

  public void setText(Map<String, String> text) {
    this.text = text;
  }

  public Map<String, String> getObservations() {
    return observations;
  }

  public void setObservations(Map<String, String> observations) {
    this.observations = observations;
  }

  public String getLevelOfResponse() {
    return levelOfResponse;
  }

  public void setLevelOfResponse(String levelOfResponse) {
    this.levelOfResponse = levelOfResponse;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }
}
