package uk.harbour.intake;

import java.time.LocalDate;

/**
 * What the reporter saw or was told, in their own words, with when, where and how they know.
 *
 * @param account what happened, exactly as typed
 * @param happenedOn the date, if known
 * @param when the time or period in words ("about 10pm", "most weekends since the summer")
 * @param passedOnBy who passed it on and how they know, if it was not first-hand
 */
record WhatHappened(
    String account,
    LocalDate happenedOn,
    String when,
    String where,
    InformationSource source,
    String passedOnBy,
    Reliability reliability,
    String reliabilityNotes,
    String otherChildren,
    String actionTaken) {

  static final WhatHappened NOTHING =
      new WhatHappened(null, null, null, null, null, null, null, null, null, null);
}
