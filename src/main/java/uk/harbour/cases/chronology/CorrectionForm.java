package uk.harbour.cases.chronology;

import java.time.LocalDate;
import java.util.Objects;
import org.springframework.validation.Errors;
import uk.harbour.cases.CaseText;

/**
 * A correction of an entry the team wrote: the entry's fields as they should read, and why. Starts
 * from the entry as it stands.
 */
class CorrectionForm extends EntryForm {

  private String reason;
  private int version;

  static CorrectionForm of(ChronologyEntry entry) {
    CorrectionForm form = new CorrectionForm();
    LocalDate on = entry.occurredOn();
    form.setOccurredDay(String.valueOf(on.getDayOfMonth()));
    form.setOccurredMonth(String.valueOf(on.getMonthValue()));
    form.setOccurredYear(String.valueOf(on.getYear()));
    form.setWhatHappened(entry.summary());
    form.setSignificance(entry.significance());
    form.setSource(entry.source());
    form.setVersion(entry.version());
    return form;
  }

  /** Checks the entry's fields, that something changed, and the reason. */
  void validate(Errors errors, LocalDate today, ChronologyEntry entry) {
    validate(errors, today);
    if (!errors.hasErrors() && !changes(entry)) {
      errors.rejectValue("whatHappened", "cases.chronology.error.unchanged");
    }
    CaseText.required(
        errors, "reason", reason, CaseText.TEXT_MAX, "cases.chronology.error.correctionReason");
  }

  private boolean changes(ChronologyEntry entry) {
    return !entry.occurredOn().equals(occurredOn())
        || !entry.summary().equals(getWhatHappened())
        || entry.significance() != getSignificance()
        || !Objects.equals(entry.source(), CaseText.kept(getSource()));
  }

  AmendmentRepository.Correction correction() {
    return new AmendmentRepository.Correction(
        occurredOn(), getWhatHappened(), getSignificance(), CaseText.kept(getSource()), reason);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
