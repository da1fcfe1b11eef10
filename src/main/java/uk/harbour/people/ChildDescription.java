package uk.harbour.people;

import java.time.LocalDate;

/**
 * What someone knows about a child they are concerned about, any part of which may be missing: the
 * input to {@link ChildMatching}.
 */
public record ChildDescription(
    String givenNames,
    String familyName,
    String otherNames,
    LocalDate dateOfBirth,
    Integer approximateAge,
    Sex sex,
    String address,
    String postcode,
    String school) {}
