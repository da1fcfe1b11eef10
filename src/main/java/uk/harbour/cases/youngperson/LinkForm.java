package uk.harbour.cases.youngperson;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import uk.harbour.cases.CaseText;

/**
 * Linking another child (by their Harbour reference) with the reason, or naming a person of
 * concern, who may themselves be a child known to Harbour.
 */
class LinkForm {

  private String entryId = java.util.UUID.randomUUID().toString();
  private String reference;
  private LinkKind kind;
  private String reason;
  private String name;
  private String description;

  void validateLink(Errors errors) {
    CaseText.required(
        errors, "reference", reference, CaseText.SHORT_MAX, "cases.youngPerson.error.reference");
    if (kind == null) {
      errors.rejectValue("kind", "cases.youngPerson.error.linkKind");
    }
    CaseText.required(
        errors, "reason", reason, CaseText.TEXT_MAX, "cases.youngPerson.error.reason");
  }

  void validatePersonOfConcern(Errors errors) {
    CaseText.required(errors, "name", name, CaseText.SHORT_MAX, "cases.youngPerson.error.poc.name");
    CaseText.maxLength(errors, "description", description, CaseText.TEXT_MAX);
    CaseText.maxLength(errors, "reference", reference, CaseText.SHORT_MAX);
  }

  java.util.UUID id() {
    try {
      return java.util.UUID.fromString(entryId);
    } catch (IllegalArgumentException | NullPointerException e) {
      return java.util.UUID.randomUUID();
    }
  }

  @Nullable String cleanReference() {
    return CaseText.blank(reference) ? null : reference.strip().toUpperCase(java.util.Locale.UK);
  }

  public String getEntryId() {
    return entryId;
  }

  public void setEntryId(String v) {
    entryId = v;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String v) {
    reference = v;
  }

  public LinkKind getKind() {
    return kind;
  }

  public void setKind(LinkKind v) {
    kind = v;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String v) {
    reason = v;
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    name = v;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String v) {
    description = v;
  }
}
