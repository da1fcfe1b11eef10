package uk.harbour.cases.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.harbour.shared.Indicator;

/**
 * What an assessment says: the narrative answers, the practitioner's notes against indicator
 * prompts (words only) and the level of response they decided on, if any yet.
 *
 * @param narrative the answer to each narrative part that has one
 * @param observations the note against each prompt that has one
 */
public record AssessmentContent(
    Map<Narrative, String> narrative,
    Map<Indicator, String> observations,
    LevelOfResponse levelOfResponse) {

  static final String OBSERVATION_PREFIX = "observation.";

  public AssessmentContent {
    narrative = Map.copyOf(narrative);
    observations = Map.copyOf(observations);
  }

  public String text(Narrative part) {
    return narrative.getOrDefault(part, "");
  }

  public String observation(Indicator prompt) {
    return observations.getOrDefault(prompt, "");
  }

  /** The stored form: one row per field that has text. */
  Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    narrative.forEach((k, v) -> fields.put(k.name(), v));
    observations.forEach((k, v) -> fields.put(OBSERVATION_PREFIX + k.name(), v));
    return fields;
  }

  static AssessmentContent fromFields(Map<String, String> fields, LevelOfResponse level) {
    Map<Narrative, String> narrative = new LinkedHashMap<>();
    Map<Indicator, String> observations = new LinkedHashMap<>();
    fields.forEach(
        (key, body) -> {
          if (key.startsWith(OBSERVATION_PREFIX)) {
            Indicator prompt = Indicator.parse(key.substring(OBSERVATION_PREFIX.length()));
            if (prompt != null) {
              observations.put(prompt, body);
            }
          } else {
            for (Narrative n : Narrative.values()) {
              if (n.name().equals(key)) {
                narrative.put(n, body);
              }
            }
          }
        });
    return new AssessmentContent(narrative, observations, level);
  }

  static AssessmentContent empty() {
    return new AssessmentContent(Map.of(), Map.of(), null);
  }
}
