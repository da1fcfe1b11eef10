package uk.harbour.cases.plan;

import java.time.LocalDate;

/** A review or meeting of the plan. */
public record Review(
    LocalDate heldOn,
    String attendees,
    Participation youngPersonPart,
    String youngPersonViews,
    Participation familyPart,
    String familyViews,
    String decisions,
    LocalDate nextReviewOn,
    String recordedByName) {}
