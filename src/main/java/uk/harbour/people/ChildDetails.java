package uk.harbour.people;

import java.time.LocalDate;

/**
 * The details that identify a child. Either a date of birth or an approximate age is known.
 *
 * @param otherNames nicknames, aliases and previous names, as the practitioner typed them
 * @param gender how the young person describes their gender, in their words
 */
public record ChildDetails(
    String firstName,
    String lastName,
    String otherNames,
    LocalDate dateOfBirth,
    Integer approximateAge,
    Sex sex,
    String gender,
    Ethnicity ethnicity,
    Disability disability,
    String disabilityDetails,
    CareStatus careStatus,
    String address,
    String postcode,
    String school) {}
