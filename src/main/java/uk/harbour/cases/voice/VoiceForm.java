package uk.harbour.cases.voice;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import uk.harbour.cases.CaseText;
import uk.harbour.shared.DateParts;

/** Recording something the young person said, in their own words. */
class VoiceForm {

  private String entryId = UUID.randomUUID().toString();
  private String theirWords;
  private String saidDay;
  private String saidMonth;
  private String saidYear;
  private HowGathered howGathered;
  private String gatheredBy;
  private Consent consentToRecord;
  private Consent consentToShare;
  private String safetyInTheirWords;
  private String safetyRating;
  private String wishesAboutSharing;

  void validate(Errors errors, LocalDate today) {
    CaseText.required(
        errors, "theirWords", theirWords, CaseText.TEXT_MAX, "cases.voice.error.theirWords");
    DateParts parts = DateParts.of(saidDay, saidMonth, saidYear);
    if (parts.empty()) {
      errors.rejectValue("said", "cases.voice.error.said.required");
    } else if (parts.date() == null) {
      errors.rejectValue("said", "cases.voice.error.said.invalid");
    } else if (parts.date().isAfter(today)) {
      errors.rejectValue("said", "cases.voice.error.said.future");
    }
    if (howGathered == null) {
      errors.rejectValue("howGathered", "cases.voice.error.howGathered");
    }
    CaseText.required(
        errors, "gatheredBy", gatheredBy, CaseText.SHORT_MAX, "cases.voice.error.gatheredBy");
    if (consentToRecord == null) {
      errors.rejectValue("consentToRecord", "cases.voice.error.consentToRecord");
    }
    if (consentToShare == null) {
      errors.rejectValue("consentToShare", "cases.voice.error.consentToShare");
    }
    CaseText.maxLength(errors, "safetyInTheirWords", safetyInTheirWords, CaseText.TEXT_MAX);
    if (!CaseText.blank(safetyRating) && rating() == null) {
      errors.rejectValue("safetyRating", "cases.voice.error.safetyRating");
    }
    CaseText.maxLength(errors, "wishesAboutSharing", wishesAboutSharing, CaseText.TEXT_MAX);
  }

  @Nullable UUID id() {
    try {
      return UUID.fromString(entryId);
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }

  LocalDate saidOn() {
    return DateParts.of(saidDay, saidMonth, saidYear).date();
  }

  /** Their own rating, a whole number from 0 to 10, or null if none (or not one). */
  @Nullable Integer rating() {
    if (CaseText.blank(safetyRating) || !safetyRating.strip().matches("\\d{1,2}")) {
      return null;
    }
    int value = Integer.parseInt(safetyRating.strip());
    return value <= 10 ? value : null;
  }

  public String getSaid() {
    return saidDay;
  }

  public String getEntryId() {
    return entryId;
  }

  public void setEntryId(String v) {
    entryId = v;
  }

  public String getTheirWords() {
    return theirWords;
  }

  public void setTheirWords(String v) {
    theirWords = v;
  }

  public String getSaidDay() {
    return saidDay;
  }

  public void setSaidDay(String v) {
    saidDay = v;
  }

  public String getSaidMonth() {
    return saidMonth;
  }

  public void setSaidMonth(String v) {
    saidMonth = v;
  }

  public String getSaidYear() {
    return saidYear;
  }

  public void setSaidYear(String v) {
    saidYear = v;
  }

  public HowGathered getHowGathered() {
    return howGathered;
  }

  public void setHowGathered(HowGathered v) {
    howGathered = v;
  }

  public String getGatheredBy() {
    return gatheredBy;
  }

  public void setGatheredBy(String v) {
    gatheredBy = v;
  }

  public Consent getConsentToRecord() {
    return consentToRecord;
  }

  public void setConsentToRecord(Consent v) {
    consentToRecord = v;
  }

  public Consent getConsentToShare() {
    return consentToShare;
  }

  public void setConsentToShare(Consent v) {
    consentToShare = v;
  }

  public String getSafetyInTheirWords() {
    return safetyInTheirWords;
  }

  public void setSafetyInTheirWords(String v) {
    safetyInTheirWords = v;
  }

  public String getSafetyRating() {
    return safetyRating;
  }

  public void setSafetyRating(String v) {
    safetyRating = v;
  }

  public String getWishesAboutSharing() {
    return wishesAboutSharing;
  }

  public void setWishesAboutSharing(String v) {
    wishesAboutSharing = v;
  }
}
