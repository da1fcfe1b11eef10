package uk.harbour.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.harbour.shared.DisplayDates;

/** Two or three children's identity details side by side, field by field, in words. */
@Component
class IdentityComparison {

  /** One field: its label, each record's value in words, and whether the records differ. */
  record Row(String label, List<String> values, boolean differs) {}

  private record Field(String labelKey, Function<ChildDetails, Object> value) {}

  private static final List<Field> FIELDS =
      List.of(
          new Field("people.child.firstName", ChildDetails::firstName),
          new Field("people.child.lastName", ChildDetails::lastName),
          new Field("people.child.otherNames", ChildDetails::otherNames),
          new Field("people.child.dateOfBirth", ChildDetails::dateOfBirth),
          new Field("people.child.approximateAge", ChildDetails::approximateAge),
          new Field("people.child.sex", ChildDetails::sex),
          new Field("people.child.gender", ChildDetails::gender),
          new Field("people.child.ethnicity", ChildDetails::ethnicity),
          new Field("people.child.disability", ChildDetails::disability),
          new Field("people.child.disabilityDetails", ChildDetails::disabilityDetails),
          new Field("people.child.careStatus", ChildDetails::careStatus),
          new Field("people.child.address", ChildDetails::address),
          new Field("people.child.postcode", ChildDetails::postcode),
          new Field("people.child.school", ChildDetails::school));

  private final MessageSource messages;
  private final DisplayDates dates = new DisplayDates();

  IdentityComparison(MessageSource messages) {
    this.messages = messages;
  }

  List<Row> rows(List<ChildDetails> records) {
    List<Row> rows = new ArrayList<>();
    for (Field field : FIELDS) {
      List<Object> raw = records.stream().map(field.value()).toList();
      boolean differs = raw.stream().anyMatch(v -> !Objects.equals(v, raw.get(0)));
      rows.add(new Row(message(field.labelKey()), raw.stream().map(this::words).toList(), differs));
    }
    return rows;
  }

  private String words(Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return message("people.notRecorded");
    }
    if (value instanceof java.time.LocalDate date) {
      return dates.date(date);
    }
    if (value instanceof Enum<?> e) {
      String type = e.getDeclaringClass().getSimpleName();
      String prefix = "people." + Character.toLowerCase(type.charAt(0)) + type.substring(1) + ".";
      return messages.getMessage(prefix + e.name(), null, e.name(), Locale.UK);
    }
    return value.toString();
  }

  private String message(String key) {
    return messages.getMessage(key, null, Locale.UK);
  }
}
