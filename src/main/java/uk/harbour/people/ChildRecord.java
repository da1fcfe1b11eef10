package uk.harbour.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;
import uk.harbour.shared.ChildId;

/**
 * A child's record as stored, with who last changed it, its version for optimistic locking and, if
 * it was merged into another record, that record's id.
 */
public record ChildRecord(
    ChildId id,
    String reference,
    ChildDetails details,
    Instant updatedAt,
    String updatedByName,
    int version,
    @Nullable ChildId mergedInto) {

  /** Whether this record was merged into another and is now reached through that one. */
  public boolean merged() {
    return mergedInto != null;
  }

  public String fullName() {
    return details.firstName() + " " + details.lastName();
  }

  /** Age in whole years today: from the date of birth, or the approximate age given. */
  public Integer age(Clock clock) {
    LocalDate dob = details.dateOfBirth();
    if (dob != null) {
      return Period.between(dob, LocalDate.now(clock.withZone(uk.harbour.shared.DisplayDates.ZONE)))
          .getYears();
    }
    return details.approximateAge();
  }
}
