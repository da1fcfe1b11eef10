package uk.harbour.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which fields are compared: the fixed person fields, then each named identifier and attribute. Two
 * records are compared on a named identifier or attribute only when both hold it.
 */
record Schema(List<String> identifiers, List<String> attributes) {

  static final Schema PERSON = new Schema(List.of(), List.of());

  Schema {
    identifiers = List.copyOf(identifiers);
    attributes = List.copyOf(attributes);
  }

  /** The identifier and attribute names used by any of the records, in first-seen order. */
  static Schema of(Collection<PersonRecord> records) {
    Set<String> ids = new LinkedHashSet<>();
    Set<String> attrs = new LinkedHashSet<>();
    for (PersonRecord r : records) {
      ids.addAll(r.identifiers().keySet());
      attrs.addAll(r.attributes().keySet());
    }
    return new Schema(new ArrayList<>(ids), new ArrayList<>(attrs));
  }

  Schema union(Schema other) {
    Set<String> ids = new LinkedHashSet<>(identifiers);
    ids.addAll(other.identifiers);
    Set<String> attrs = new LinkedHashSet<>(attributes);
    attrs.addAll(other.attributes);
    return new Schema(new ArrayList<>(ids), new ArrayList<>(attrs));
  }

  /** The comparisons this schema makes, in a fixed order. */
  FieldComparison[] comparisons() {
    List<FieldComparison> list = new ArrayList<>();
    list.add(new NameComparisons.GivenName());
    list.add(new NameComparisons.FamilyName());
    list.add(new DateComparison());
    list.add(new ValueComparisons.SexComparison());
    list.add(new PlaceComparisons.PostcodeComparison());
    list.add(new PlaceComparisons.AddressComparison());
    list.add(new ValueComparisons.SchoolComparison());
    for (int i = 0; i < identifiers.size(); i++) {
      list.add(new ValueComparisons.IdentifierComparison(identifiers.get(i), i));
    }
    for (int i = 0; i < attributes.size(); i++) {
      list.add(new ValueComparisons.AttributeComparison(attributes.get(i), i));
    }
    return list.toArray(new FieldComparison[0]);
  }
}
