package uk.harbour.cases.chronology;

import java.util.UUID;
import org.springframework.validation.Errors;
import uk.harbour.cases.CaseText;

/**
 * A note on an entry. Its id, made when the form is shown, makes a double submission add it once.
 */
class NoteForm {

  private String noteId = UUID.randomUUID().toString();
  private String text;

  void validate(Errors errors) {
    CaseText.required(errors, "text", text, CaseText.TEXT_MAX, "cases.chronology.error.note");
  }

  /** The note's id, or a new one if the form was tampered with. */
  UUID id() {
    try {
      return UUID.fromString(noteId);
    } catch (IllegalArgumentException | NullPointerException e) {
      noteId = UUID.randomUUID().toString();
      return UUID.fromString(noteId);
    }
  }

  public String getNoteId() {
    return noteId;
  }

  public void setNoteId(String noteId) {
    this.noteId = noteId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
