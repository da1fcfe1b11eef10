package uk.harbour.cases.plan;

import java.util.UUID;
import org.springframework.validation.BindingResult;

/** Chooses a new progress measure for the plan. */
class MeasureForm {

  static final String[] FIELDS = {"name", "requestKey"};
  static final int MAX_NAME = 200;

  private String name;
  private String requestKey = UUID.randomUUID().toString();

  UUID validate(BindingResult result) {
    UUID key = Checks.requestKey(result, requestKey);
    Checks.required(result, "name", name, "plan.measure.error.name");
    if (name != null && name.strip().length() > MAX_NAME) {
      result.rejectValue("name", "plan.measure.error.nameTooLong", new Object[] {MAX_NAME}, null);
    }
    return key;
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    name = v;
  }

  public String getRequestKey() {
    return requestKey;
  }

  public void setRequestKey(String v) {
    requestKey = v;
  }
}
