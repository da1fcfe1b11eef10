package uk.harbour.cases.youngperson;

import java.util.UUID;
import org.springframework.validation.Errors;
import uk.harbour.cases.CaseText;

/** Someone who matters in the young person's life, for the eco-map. */
class RelationshipForm {

  private String entryId = UUID.randomUUID().toString();
  private RelationshipKind kind;
  private String name;
  private String relationship;
  private Closeness closeness;
  private String notes;

  void validate(Errors errors) {
    if (kind == null) {
      errors.rejectValue("kind", "cases.youngPerson.error.kind");
    }
    CaseText.required(errors, "name", name, CaseText.SHORT_MAX, "cases.youngPerson.error.name");
    CaseText.maxLength(errors, "relationship", relationship, CaseText.SHORT_MAX);
    if (closeness == null) {
      errors.rejectValue("closeness", "cases.youngPerson.error.closeness");
    }
    CaseText.maxLength(errors, "notes", notes, CaseText.TEXT_MAX);
  }

  UUID id() {
    try {
      return UUID.fromString(entryId);
    } catch (IllegalArgumentException | NullPointerException e) {
      return UUID.randomUUID();
    }
  }

  public String getEntryId() {
    return entryId;
  }

  public void setEntryId(String v) {
    entryId = v;
  }

  public RelationshipKind getKind() {
    return kind;
  }

  public void setKind(RelationshipKind v) {
    kind = v;
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    name = v;
  }

  public String getRelationship() {
    return relationship;
  }

  public void setRelationship(String v) {
    relationship = v;
  }

  public Closeness getCloseness() {
    return closeness;
  }

  public void setCloseness(Closeness v) {
    closeness = v;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String v) {
    notes = v;
  }
}
