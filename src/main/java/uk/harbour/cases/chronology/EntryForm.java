package uk.harbour.cases.chronology;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import uk.harbour.cases.CaseText;
import uk.harbour.shared.DateParts;

/** A chronology entry a practitioner writes. */
class EntryForm {

  private String entryId = UUID.randomUUID().toString();
  private String occurredDay;
  private String occurredMonth;
  private String occurredYear;
  private String whatHappened;
  private Significance significance;
  private String source;

  void validate(Errors errors, LocalDate today) {
    DateParts parts = DateParts.of(occurredDay, occurredMonth, occurredYear);
    if (parts.empty()) {
      errors.rejectValue("occurred", "cases.chronology.error.occurred.required");
    } else if (parts.date() == null) {
      errors.rejectValue("occurred", "cases.chronology.error.occurred.invalid");
    } else if (parts.date().isAfter(today)) {
      errors.rejectValue("occurred", "cases.chronology.error.occurred.future");
    }
    CaseText.required(
        errors,
        "whatHappened",
        whatHappened,
        CaseText.TEXT_MAX,
        "cases.chronology.error.whatHappened");
    if (significance == null) {
      errors.rejectValue("significance", "cases.chronology.error.significance");
    }
    CaseText.maxLength(errors, "source", source, CaseText.SHORT_MAX);
  }

  /** The id this entry will have; null if the form was tampered with. */
  @Nullable UUID id() {
    try {
      return UUID.fromString(entryId);
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }

  LocalDate occurredOn() {
    return DateParts.of(occurredDay, occurredMonth, occurredYear).date();
  }

  public String getOccurred() {
    return occurredDay;
  }

  public String getEntryId() {
    return entryId;
  }

  public void setEntryId(String entryId) {
    this.entryId = entryId;
  }

  public String getOccurredDay() {
    return occurredDay;
  }

  public void setOccurredDay(String v) {
    occurredDay = v;
  }

  public String getOccurredMonth() {
    return occurredMonth;
  }

  public void setOccurredMonth(String v) {
    occurredMonth = v;
  }

  public String getOccurredYear() {
    return occurredYear;
  }

  public void setOccurredYear(String v) {
    occurredYear = v;
  }

  public String getWhatHappened() {
    return whatHappened;
  }

  public void setWhatHappened(String v) {
    whatHappened = v;
  }

  public Significance getSignificance() {
    return significance;
  }

  public void setSignificance(Significance v) {
    significance = v;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String v) {
    source = v;
  }
}
