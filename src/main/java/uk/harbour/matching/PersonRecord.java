package uk.harbour.matching;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is known about one person, however partial: the input to matching. Every field except the id
 * may be null or empty. {@code approximateAge} (with the date it was given on) stands in for an
 * unknown date of birth. {@code identifiers} are near-unique values (an NHS number, an email
 * address) compared for exact or near-exact agreement; {@code attributes} are other descriptive
 * values (a town, an occupation) compared by spelling. Both are keyed by a name that must be the
 * same on both sides to be compared.
 */
public record PersonRecord(
    String id,
    String givenNames,
    String familyName,
    List<String> otherNames,
    BirthDate dateOfBirth,
    Integer approximateAge,
    LocalDate ageGivenOn,
    String sex,
    String address,
    String postcode,
    String school,
    Map<String, String> identifiers,
    Map<String, String> attributes) {

  public PersonRecord {
    if (id == null) {
      throw new IllegalArgumentException("A person record needs an id");
    }
    otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
    identifiers = identifiers == null ? Map.of() : Map.copyOf(identifiers);
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds a record field by field; unset fields stay empty. */
  public static final class Builder {
    private final String id;
    private String givenNames;
    private String familyName;
    private List<String> otherNames = List.of();
    private BirthDate dateOfBirth;
    private Integer approximateAge;
    private LocalDate ageGivenOn;
    private String sex;
    private String address;
    private String postcode;
    private String school;
    private final Map<String, String> identifiers = new LinkedHashMap<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();

    private Builder(String id) {
      this.id = id;
    }

    public Builder givenNames(String value) {
      givenNames = value;
      return this;
    }

    public Builder familyName(String value) {
      familyName = value;
      return this;
    }

    public Builder otherNames(List<String> value) {
      otherNames = value;
      return this;
    }

    public Builder dateOfBirth(BirthDate value) {
      dateOfBirth = value;
      return this;
    }

    public Builder dateOfBirth(LocalDate value) {
      dateOfBirth = value == null ? null : BirthDate.of(value);
      return this;
    }

    public Builder approximateAge(Integer age, LocalDate givenOn) {
      approximateAge = age;
      ageGivenOn = givenOn;
      return this;
    }

    public Builder sex(String value) {
      sex = value;
      return this;
    }

    public Builder address(String value) {
      address = value;
      return this;
    }

    public Builder postcode(String value) {
      postcode = value;
      return this;
    }

    public Builder school(String value) {
      school = value;
      return this;
    }

    public Builder identifier(String name, String value) {
      if (value != null && !value.isBlank()) {
        identifiers.put(name, value);
      }
      return this;
    }

    public Builder attribute(String name, String value) {
      if (value != null && !value.isBlank()) {
        attributes.put(name, value);
      }
      return this;
    }

    public PersonRecord build() {
      return new PersonRecord(
          id,
          givenNames,
          familyName,
          otherNames,
          dateOfBirth,
          approximateAge,
          ageGivenOn,
          sex,
          address,
          postcode,
          school,
          identifiers,
          attributes);
    }
  }
}
