package uk.harbour.cases.plan;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import uk.harbour.shared.DateInput;
import uk.harbour.shared.DateParts;

/** Records a value against one of the plan's progress measures. */
class PointForm {

  static final String[] FIELDS = {
    "measureId",
    "recordedOn.day",
    "recordedOn.month",
    "recordedOn.year",
    "value",
    "note",
    "requestKey"
  };
  static final int MAX_VALUE = 10_000;

  private String measureId;
  private DateInput recordedOn = new DateInput();
  private String value;
  private String note;
  private String requestKey = UUID.randomUUID().toString();

  UUID validate(BindingResult result) {
    UUID key = Checks.requestKey(result, requestKey);
    if (measure() == null) {
      result.rejectValue("measureId", "plan.point.error.measure");
    }
    Checks.date(result, "recordedOn", parts(), true, "plan.point.error.date");
    if (number() == null) {
      result.rejectValue("value", "plan.point.error.value", new Object[] {MAX_VALUE}, null);
    }
    Checks.tooLong(result, "note", note);
    return key;
  }

  @Nullable UUID measure() {
    try {
      return UUID.fromString(measureId);
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }

  @Nullable Integer number() {
    try {
      int n = Integer.parseInt(value == null ? "" : value.strip());
      return n < 0 || n > MAX_VALUE ? null : n;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private DateParts parts() {
    return recordedOn.parts();
  }

  public DateInput getRecordedOn() {
    return recordedOn;
  }

  public void setRecordedOn(DateInput v) {
    recordedOn = v;
  }

  public String getMeasureId() {
    return measureId;
  }

  public void setMeasureId(String v) {
    measureId = v;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String v) {
    value = v;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String v) {
    note = v;
  }

  public String getRequestKey() {
    return requestKey;
  }

  public void setRequestKey(String v) {
    requestKey = v;
  }
}
