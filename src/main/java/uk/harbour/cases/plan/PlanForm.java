package uk.harbour.cases.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.BindingResult;

/** The plan's section texts ({@code text[DISRUPTION]}), the no-disruption reason, the version. */
class PlanForm {

  static final String[] FIELDS = {"text[*]", "noDisruptionReason", "version"};

  private Map<String, String> text = new LinkedHashMap<>();
  private String noDisruptionReason;
  private Integer version;

  static String[] keys() {
    String[] keys = new String[PlanSection.values().length + 1];
    for (int i = 0; i < PlanSection.values().length; i++) {
      keys[i] = PlanSection.values()[i].name();
    }
    keys[keys.length - 1] = PlanSection.YOUNG_PERSON_VERSION;
    return keys;
  }

  static PlanForm from(PlanView plan) {
    PlanForm form = new PlanForm();
    for (String key : keys()) {
      form.text.put(key, plan.text(key));
    }
    form.noDisruptionReason = plan.noDisruptionReason();
    form.version = plan.version();
    return form;
  }

  void validate(BindingResult result) {
    if (version == null) {
      result.reject("plan.error.formIncomplete");
    }
    for (String key : keys()) {
      Checks.tooLong(result, "text[" + key + "]", text.get(key));
    }
    Checks.tooLong(result, "noDisruptionReason", noDisruptionReason);
  }

  Map<String, String> texts() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String key : keys()) {
      String value = Checks.blankToNull(text.get(key));
      if (value != null) {
        texts.put(key, value);
      }
    }
    return texts;
  }

  public Map<String, String> getText() {
    return text;
  }

  public void setText(Map<String, String> text) {
    this.text = text;
  }

  public String getNoDisruptionReason() {
    return noDisruptionReason;
  }

  public void setNoDisruptionReason(String noDisruptionReason) {
    this.noDisruptionReason = noDisruptionReason;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }
}
