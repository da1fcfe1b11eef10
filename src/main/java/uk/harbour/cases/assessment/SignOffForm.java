package uk.harbour.cases.assessment;

/** A manager's sign-off of a submitted version, with an optional note. */
class SignOffForm {

  private Integer number;
  private String note;

  SignOffForm() {}

  SignOffForm(Integer number) {
    this.number = number;
  }

  public Integer getNumber() {
    return number;
  }

  public void setNumber(Integer number) {
    this.number = number;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
