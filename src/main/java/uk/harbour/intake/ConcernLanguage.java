package uk.harbour.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.harbour.language.FieldFindings;
import uk.harbour.language.Finding;
import uk.harbour.language.FindingOutcome;
import uk.harbour.language.FindingsAfterSave;
import uk.harbour.language.LanguageGuide;
import uk.harbour.language.TextContext;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.FreeTextCheck;

/**
 * The language guide on a practitioner's concern: the findings in its free-text fields (every one a
 * practitioner types about what happened and who was involved, including the descriptions of
 * people, vehicles, phones and places, nicknames and when it happened; shown after saving, never
 * blocking), and "changed" outcomes when a flagged phrase is gone at the next save. The child's age
 * comes from the date of birth or approximate age; the names of people described as 18 or older are
 * known adults for the relationship rules.
 */
@Component
class ConcernLanguage {

  private final LanguageGuide guide;
  private final FindingsAfterSave afterSave;
  private final Clock clock;

  ConcernLanguage(LanguageGuide guide, FindingsAfterSave afterSave, Clock clock) {
    this.guide = guide;
    this.afterSave = afterSave;
    this.clock = clock;
  }

  List<FieldFindings> findings(ConcernForm form) {
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, String> texts = texts(form, labels);
    List<FieldFindings> result = new ArrayList<>();
    guide
        .checkFields(texts, context(form))
        .forEach((field, found) -> result.add(new FieldFindings(field, labels.get(field), found)));
    return result;
  }

  /**
   * After a screening decision: the reasons through the guide, as flash attributes for the queue
   * page the decision returns to. A decision cannot be changed, so there is no change link.
   */
  Map<String, Object> afterDecision(Concern concern, String reasons) {
    return afterSave.afterSave(
        List.of(new FreeTextCheck.Field("reasons", "intake.screening.decision.reasons", reasons)),
        context(ConcernForm.from(concern)),
        null,
        "/screening");
  }

  /** Records SHOWN for every finding in a draft just saved (it is shown on the next page). */
  void recordShown(ConcernForm saved) {
    List<FieldFindings> shown = findings(saved);
    if (!shown.isEmpty()) {
      guide.recordShown(shown);
    }
  }

  /**
   * After a draft is saved again: records CHANGED for each entry flagged in a field before that is
   * no longer flagged there, and SHOWN for the findings in the saved text.
   */
  void recordChanges(ConcernForm before, ConcernForm after) {
    recordShown(after);
    Map<String, Set<String>> old = entriesByField(before);
    Map<String, Set<String>> now = entriesByField(after);
    old.forEach(
        (field, ids) -> {
          for (String id : ids) {
            if (!now.getOrDefault(field, Set.of()).contains(id)) {
              guide.record(id, FindingOutcome.CHANGED);
            }
          }
        });
  }

  private Map<String, Set<String>> entriesByField(ConcernForm form) {
    Map<String, Set<String>> result = new LinkedHashMap<>();
    for (FieldFindings f : findings(form)) {
      Set<String> ids = new HashSet<>();
      for (Finding finding : f.findings()) {
        ids.add(finding.entryId());
      }
      result.put(f.field(), ids);
    }
    return result;
  }

  private static Map<String, String> texts(ConcernForm form, Map<String, String> labels) {
    Map<String, String> texts = new LinkedHashMap<>();
    put(texts, labels, "description", "intake.label.description", form.getDescription());
    put(texts, labels, "whatHappened", "intake.label.whatHappened", form.getWhatHappened());
    put(texts, labels, "happenedWhen", "intake.label.happenedWhen", form.getHappenedWhen());
    put(texts, labels, "happenedWhere", "intake.label.happenedWhere", form.getHappenedWhere());
    put(texts, labels, "passedOnBy", "intake.label.passedOnBy", form.getPassedOnBy());
    put(
        texts,
        labels,
        "reliabilityNotes",
        "intake.label.reliabilityNotes",
        form.getReliabilityNotes());
    for (int i = 0; i < form.getPeople().size(); i++) {
      ConcernRowsForm.PersonRow person = form.getPeople().get(i);
      put(
          texts,
          labels,
          "people[" + i + "].nicknames",
          "intake.row.nicknames",
          person.getNicknames());
      put(
          texts,
          labels,
          "people[" + i + "].description",
          "intake.row.description",
          person.getDescription());
    }
    rows(
        texts,
        labels,
        "vehicles",
        "description",
        "intake.row.vehicleDescription",
        form.getVehicles(),
        ConcernRowsForm.VehicleRow::getDescription);
    rows(
        texts,
        labels,
        "phones",
        "notes",
        "intake.row.phoneNotes",
        form.getPhones(),
        ConcernRowsForm.PhoneRow::getNotes);
    rows(
        texts,
        labels,
        "places",
        "description",
        "intake.row.placeDescription",
        form.getPlaces(),
        ConcernRowsForm.PlaceRow::getDescription);
    put(texts, labels, "otherChildren", "intake.label.otherChildren", form.getOtherChildren());
    put(texts, labels, "actionTaken", "intake.label.actionTaken", form.getActionTaken());
    form.getObservations()
        .forEach(
            (indicator, note) ->
                put(
                    texts,
                    labels,
                    "observations[" + indicator + "]",
                    "intake.indicator." + indicator,
                    note));
    return texts;
  }

  /** One field of every row of a list: {@code vehicles[0].description}, ... */
  private static <T> void rows(
      Map<String, String> texts,
      Map<String, String> labels,
      String list,
      String property,
      String key,
      List<T> rows,
      java.util.function.Function<T, String> text) {
    for (int i = 0; i < rows.size(); i++) {
      put(texts, labels, list + "[" + i + "]." + property, key, text.apply(rows.get(i)));
    }
  }

  private static void put(
      Map<String, String> texts,
      Map<String, String> labels,
      String field,
      String key,
      String text) {
    if (text != null && !text.isBlank()) {
      texts.put(field, text);
      labels.put(field, key);
    }
  }

  /** The child's age and the adults the concern names (18 or older), for the guide's rules. */
  TextContext context(ConcernForm form) {
    Integer age = null;
    LocalDate born = form.getChild().getDateOfBirth().date();
    if (born != null) {
      age =
          Period.between(born, LocalDate.ofInstant(clock.instant(), DisplayDates.ZONE)).getYears();
    } else {
      age = number(form.getChild().getApproximateAge());
    }
    Set<String> adults = new HashSet<>();
    for (ConcernRowsForm.PersonRow person : form.getPeople()) {
      Integer personAge = number(person.getApproximateAge());
      if (personAge != null && personAge >= 18 && person.getNames() != null) {
        for (String name : person.getNames().split("[\\s,]+")) {
          if (name.length() > 1) {
            adults.add(name);
          }
        }
      }
    }
    return new TextContext(age, false, adults);
  }

  private static @Nullable Integer number(String text) {
    if (text == null) {
      return null;
    }
    String digits = text.replaceAll("[^0-9]", "");
    if (digits.isEmpty() || digits.length() > 3) {
      return null;
    }
    return Integer.valueOf(digits);
  }
}
