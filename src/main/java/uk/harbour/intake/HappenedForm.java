package uk.harbour.intake;

import java.util.List;
import uk.harbour.shared.DateInput;

/**
 * What happened, as both the practitioner's concern form and the public report ask it: the account,
 * when and where, and any other children involved. Values are kept exactly as typed.
 */
abstract class HappenedForm {

  /** The fields of this part, as the forms bind them. */
  static final List<String> FIELDS =
      List.of(
          "whatHappened",
          "happenedOn.day",
          "happenedOn.month",
          "happenedOn.year",
          "happenedWhen",
          "happenedWhere",
          "otherChildren");

  private String whatHappened;
  private DateInput happenedOn = new DateInput();
  private String happenedWhen;
  private String happenedWhere;
  private String otherChildren;

  /** Shows what a concern says happened. */
  void show(WhatHappened w) {
    whatHappened = w.account();
    happenedOn = DateInput.of(w.happenedOn());
    happenedWhen = w.when();
    happenedWhere = w.where();
    otherChildren = w.otherChildren();
  }

  /** What happened as kept, with what only a practitioner is asked (null from the public). */
  WhatHappened happened(
      InformationSource source,
      String passedOnBy,
      Reliability reliability,
      String reliabilityNotes,
      String actionTaken) {
    return new WhatHappened(
        Text.kept(whatHappened),
        happenedOn.date(),
        Text.kept(happenedWhen),
        Text.kept(happenedWhere),
        source,
        passedOnBy,
        reliability,
        reliabilityNotes,
        Text.kept(otherChildren),
        actionTaken);
  }

  // Accessors for data binding.
  public String getWhatHappened() {
    return whatHappened;
  }

  public void setWhatHappened(String v) {
    whatHappened = v;
  }

  public DateInput getHappenedOn() {
    return happenedOn;
  }

  public void setHappenedOn(DateInput v) {
    happenedOn = v;
  }

  public String getHappenedWhen() {
    return happenedWhen;
  }

  public void setHappenedWhen(String v) {
    happenedWhen = v;
  }

  public String getHappenedWhere() {
    return happenedWhere;
  }

  public void setHappenedWhere(String v) {
    happenedWhere = v;
  }

  public String getOtherChildren() {
    return otherChildren;
  }

  public void setOtherChildren(String v) {
    otherChildren = v;
  }
}
